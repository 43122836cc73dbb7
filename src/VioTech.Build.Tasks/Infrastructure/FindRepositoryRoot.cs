using System.IO;
using Microsoft.Build.Framework;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Finds the root of the Git repository that contains a folder: the nearest folder, going up, with a
/// <c>.git</c> folder or file (a worktree or submodule has a file). MSBuild's own
/// <c>GetDirectoryNameOfFileAbove</c> finds files only.
/// </summary>
public sealed class FindRepositoryRoot : VioTechTask
{
    [Required]
    public string StartDirectory { get; set; } = string.Empty;

    /// <summary>The repository root with a trailing separator, or empty outside any repository.</summary>
    [Output]
    public string RootDirectory { get; private set; } = string.Empty;

    protected override void ExecuteCore()
    {
        for (var directory = new DirectoryInfo(StartDirectory); directory is not null; directory = directory.Parent)
        {
            var marker = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                RootDirectory = directory.FullName.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
                return;
            }
        }
    }
}
