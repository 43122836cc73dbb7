using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>Writes the three report files of a project or a solution into one folder.</summary>
internal static class ReportFiles
{
    public const string SarifName = "viotech.sarif";
    public const string SummaryName = "viotech-summary.md";
    public const string HtmlName = "viotech-report.html";

    public static (string Sarif, string Summary, string Html) Write(
        string directory, IReadOnlyList<ReportFinding> findings, IReadOnlyDictionary<string, JsonElement> rules, ReportModel model)
    {
        Directory.CreateDirectory(directory);
        var sarif = Path.Combine(directory, SarifName);
        var summary = Path.Combine(directory, SummaryName);
        var html = Path.Combine(directory, HtmlName);
        SarifWriter.Write(sarif, findings, rules, model.ToolVersion);
        AtomicFile.WriteAllText(summary, MarkdownSummary.Render(model));
        AtomicFile.WriteAllText(html, HtmlReport.Render(model));
        return (sarif, summary, html);
    }
}
