using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Decides whether a file would be committed, from the <c>.gitignore</c> files between it and the
/// root of its Git repository. It reads patterns only: <c>*</c>, <c>?</c>, <c>**</c>, <c>!</c>,
/// leading and trailing <c>/</c>. It does not read <c>.git/info/exclude</c>, the global excludes
/// file, or the index, so a file that is ignored but was committed anyway counts as not committed.
/// </summary>
internal static class GitIgnore
{
    /// <summary>Returns true when a <c>.gitignore</c> pattern excludes the file; outside any repository nothing is ignored.</summary>
    public static bool IsIgnored(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var directories = new List<string>();
        var directory = Path.GetDirectoryName(full);
        string? repositoryRoot = null;
        while (!string.IsNullOrEmpty(directory))
        {
            directories.Add(directory!);
            if (Directory.Exists(Path.Combine(directory!, ".git")) || File.Exists(Path.Combine(directory!, ".git")))
            {
                repositoryRoot = directory;
                break;
            }

            directory = Path.GetDirectoryName(directory);
        }

        if (repositoryRoot is null)
        {
            return false;
        }

        // Outer files first, so that a deeper .gitignore (read later) overrides them.
        directories.Reverse();
        var ignored = false;
        foreach (var folder in directories)
        {
            var gitignore = Path.Combine(folder, ".gitignore");
            if (!File.Exists(gitignore))
            {
                continue;
            }

            var relative = full.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/');
            foreach (var rawLine in File.ReadAllLines(gitignore))
            {
                var line = rawLine.TrimEnd();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var negated = line[0] == '!';
                var pattern = negated ? line.Substring(1) : line;
                if (Matches(pattern, relative))
                {
                    ignored = !negated;
                }
            }
        }

        return ignored;
    }

    /// <summary>Returns whether a pattern matches a path (relative to the pattern's <c>.gitignore</c>) or one of its parent folders.</summary>
    internal static bool Matches(string pattern, string relativePath)
    {
        var directoryOnly = pattern.EndsWith("/", StringComparison.Ordinal);
        pattern = pattern.TrimEnd('/');
        if (pattern.Length == 0)
        {
            return false;
        }

        // A pattern with a slash before its end is anchored to the .gitignore's folder; one without matches at any depth.
        var anchored = pattern.IndexOf('/') >= 0;
        pattern = pattern.TrimStart('/');
        var regex = new Regex("^" + (anchored ? string.Empty : "(?:.*/)?") + ToRegex(pattern) + "$", RegexOptions.CultureInvariant);
        var segments = relativePath.Split('/');
        for (var count = 1; count <= segments.Length; count++)
        {
            var isFile = count == segments.Length;
            if (isFile && directoryOnly)
            {
                continue;
            }

            if (regex.IsMatch(string.Join("/", segments, 0, count)))
            {
                return true;
            }
        }

        return false;
    }

    private static string ToRegex(string glob)
    {
        var text = new StringBuilder();
        for (var index = 0; index < glob.Length; index++)
        {
            var character = glob[index];
            if (character == '*' && index + 1 < glob.Length && glob[index + 1] == '*')
            {
                index++;
                if (index + 1 < glob.Length && glob[index + 1] == '/')
                {
                    // "**/" matches zero or more whole folders.
                    index++;
                    text.Append("(?:.*/)?");
                }
                else
                {
                    text.Append(".*");
                }
            }
            else if (character == '*')
            {
                text.Append("[^/]*");
            }
            else if (character == '?')
            {
                text.Append("[^/]");
            }
            else
            {
                text.Append(Regex.Escape(character.ToString()));
            }
        }

        return text.ToString();
    }
}
