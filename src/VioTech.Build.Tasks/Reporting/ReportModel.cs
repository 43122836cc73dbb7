using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>What the Markdown and HTML reports show: active findings, suppressions, and how to print them.</summary>
internal sealed class ReportModel
{
    public ReportModel(string title, IReadOnlyList<ReportFinding> findings, string baseDirectory, IReadOnlyDictionary<string, string> ruleTitles, string toolVersion)
    {
        Title = title;
        BaseDirectory = baseDirectory;
        RuleTitles = ruleTitles;
        ToolVersion = toolVersion;
        Active = Ordered(findings.Where(finding => finding.SuppressionKind is null && finding.Suppression is null)).ToList();
        Suppressed = Ordered(findings.Where(finding => finding.SuppressionKind is not null || finding.Suppression is not null)).ToList();
        ShowsProjects = findings.Select(finding => finding.Project).Where(project => project.Length > 0).Distinct(StringComparer.Ordinal).Count() > 1;
    }

    public string Title { get; }

    public string BaseDirectory { get; }

    public IReadOnlyDictionary<string, string> RuleTitles { get; }

    public string ToolVersion { get; }

    public IReadOnlyList<ReportFinding> Active { get; }

    public IReadOnlyList<ReportFinding> Suppressed { get; }

    /// <summary>Whether the findings come from more than one project, so tables get a project column.</summary>
    public bool ShowsProjects { get; }

    /// <summary>SARIF levels in report order.</summary>
    public static IReadOnlyList<string> Levels { get; } = new[] { "error", "warning", "note" };

    public int Count(string level) => Active.Count(finding => LevelOf(finding) == level);

    public string CountsSentence() => TaskText.Format("Report_Counts", Count("error"), Count("warning"), Count("note"), Suppressed.Count);

    /// <summary>Maps SARIF's "none" to "note", so every active finding has one of <see cref="Levels"/>.</summary>
    public static string LevelOf(ReportFinding finding) => finding.Level is "error" or "warning" ? finding.Level : "note";

    /// <summary>Plural name of a level, for counts: "Errors".</summary>
    public static string LevelText(string level) => TaskText.Format("Report_Level_" + level);

    /// <summary>Singular name of a level, for one finding: "Error".</summary>
    public static string SeverityText(string level) => TaskText.Format("Report_Severity_" + level);

    public string RuleTitle(string ruleId) => RuleTitles.TryGetValue(ruleId, out var title) ? title : string.Empty;

    public static string HelpUri(string ruleId) => RuleCatalog.TryGet(ruleId, out var rule) ? rule.HelpUri : string.Empty;

    public static string KindText(ReportFinding finding) =>
        TaskText.Format(SuppressionKinds.ResourceName(finding.SuppressionKind ?? SuppressionKinds.SuppressMessage));

    public string Location(ReportFinding finding) =>
        finding.Line > 0 ? $"{Relative(finding.File)}({finding.Line},{Math.Max(finding.Column, 1)})" : Relative(finding.File);

    public string Relative(string file)
    {
        if (file.Length == 0)
        {
            return "-";
        }

        var full = Path.GetFullPath(file);
        var root = Path.GetFullPath(BaseDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : full;
    }

    private static IEnumerable<ReportFinding> Ordered(IEnumerable<ReportFinding> findings) =>
        findings.OrderBy(f => f.Project, StringComparer.Ordinal)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal);
}
