using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>
/// Merges the reports of several projects into one, for a solution build with
/// <c>VioTechSolutionReportDirectory</c> set: each project stores its SARIF report under
/// <c>projects/</c> in that folder, then rewrites the merged report from every stored one. A lock
/// file serialises the projects of a parallel build, so the last project to finish writes a report
/// that contains every project. Delete the folder before a build to drop projects that no longer exist.
/// </summary>
internal static class SolutionReport
{
    /// <summary>Stores the project's report and rewrites the merged one; returns the merged HTML file.</summary>
    public static string Merge(string solutionReportDirectory, string solutionDirectory, string projectName, string projectSarif, string toolVersion)
    {
        var directory = Path.GetFullPath(solutionReportDirectory);
        var projects = Path.Combine(directory, "projects");
        Directory.CreateDirectory(projects);

        using var exclusive = ReportLock.Acquire(Path.Combine(directory, ".lock"));
        AtomicFile.WriteAllText(Path.Combine(projects, projectName + ".sarif"), File.ReadAllText(projectSarif));

        var findings = new List<ReportFinding>();
        var rules = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(projects, "*.sarif").OrderBy(path => path, StringComparer.Ordinal))
        {
            var before = findings.Count;
            CompilerSarifReader.Read(file, findings, rules);
            var name = Path.GetFileNameWithoutExtension(file);
            foreach (var finding in findings.Skip(before).Where(finding => finding.Project.Length == 0))
            {
                finding.Project = name;
            }
        }

        var baseDirectory = solutionDirectory.Length > 0 ? solutionDirectory : directory;
        var solutionName = solutionDirectory.Length > 0 ? new DirectoryInfo(Path.GetFullPath(solutionDirectory)).Name : Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        var model = new ReportModel(TaskText.Format("Report_SolutionTitle", solutionName), findings, baseDirectory, SarifWriter.RuleTitles(rules), toolVersion);
        return ReportFiles.Write(directory, findings, rules, model).Html;
    }
}

/// <summary>An exclusive lock on a file, shared by the build processes that write one report folder.</summary>
internal static class ReportLock
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Opens <paramref name="path"/> exclusively, waiting up to two minutes; dispose the stream to release it.</summary>
    public static FileStream Acquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }
}
