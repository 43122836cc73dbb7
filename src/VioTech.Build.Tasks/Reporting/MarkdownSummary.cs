using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>Renders the reviewers' summary: counts by severity, rule and file, then every finding and every suppression.</summary>
internal static class MarkdownSummary
{
    public static string Render(string projectName, IReadOnlyList<ReportFinding> findings, string baseDirectory)
    {
        var active = findings.Where(finding => finding.Suppression is null).ToList();
        var suppressed = findings.Where(finding => finding.Suppression is not null).ToList();
        var text = new StringBuilder();
        text.Append("# ").Append(TaskText.Format("Report_Title", projectName)).Append("\n\n");
        text.Append(TaskText.Format("Report_Counts", active.Count(f => f.Level == "error"), active.Count(f => f.Level == "warning"), active.Count(f => f.Level is "note" or "none"), suppressed.Count)).Append("\n\n");

        if (active.Count > 0)
        {
            text.Append("## ").Append(TaskText.Format("Report_ByRule")).Append("\n\n| Rule | Count | |\n|---|---:|---|\n");
            foreach (var group in active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var help = RuleCatalog.TryGet(group.Key, out var rule) ? rule.HelpUri : string.Empty;
                text.Append("| ").Append(group.Key).Append(" | ").Append(group.Count()).Append(" | [").Append(TaskText.Format("Report_Help")).Append("](").Append(help).Append(") |\n");
            }

            text.Append("\n## ").Append(TaskText.Format("Report_ByFile")).Append("\n\n| File | Count |\n|---|---:|\n");
            foreach (var group in active.GroupBy(f => Relative(f.File, baseDirectory)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append("| ").Append(Cell(group.Key)).Append(" | ").Append(group.Count()).Append(" |\n");
            }

            text.Append("\n## ").Append(TaskText.Format("Report_Findings")).Append("\n\n| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
            foreach (var finding in Ordered(active))
            {
                text.Append("| ").Append(finding.Level).Append(" | ").Append(finding.RuleId).Append(" | ")
                    .Append(Cell(Location(finding, baseDirectory))).Append(" | ").Append(Cell(finding.Message)).Append(" |\n");
            }
        }

        text.Append("\n## ").Append(TaskText.Format("Report_Suppressions")).Append("\n\n");
        if (suppressed.Count == 0)
        {
            text.Append(TaskText.Format("Report_NoSuppressions")).Append('\n');
        }
        else
        {
            text.Append("| Rule | Location | Kind | Justification |\n|---|---|---|---|\n");
            foreach (var finding in Ordered(suppressed))
            {
                text.Append("| ").Append(finding.RuleId).Append(" | ").Append(Cell(Location(finding, baseDirectory))).Append(" | ")
                    .Append(finding.Suppression).Append(" | ").Append(Cell(finding.Justification ?? TaskText.Format("Report_NoJustification"))).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<ReportFinding> Ordered(IEnumerable<ReportFinding> findings) =>
        findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal);

    private static string Location(ReportFinding finding, string baseDirectory) =>
        finding.Line > 0 ? $"{Relative(finding.File, baseDirectory)}({finding.Line},{finding.Column})" : Relative(finding.File, baseDirectory);

    private static string Relative(string file, string baseDirectory)
    {
        if (file.Length == 0)
        {
            return "-";
        }

        var full = Path.GetFullPath(file);
        var root = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : full;
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
