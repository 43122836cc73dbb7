using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.Build.Framework;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>
/// Merges the compiler's SARIF log(s) with the task findings into <c>viotech.sarif</c> (SARIF 2.1.0)
/// and <c>viotech-summary.md</c>, and prints a one-line summary with the report's path. The targets
/// run it after the compiler and also when the build fails, which is when reviewers need it most.
/// </summary>
public sealed class WriteReport : VioTechTask
{
    /// <summary>SARIF 2.1 logs written by the compiler; missing files are skipped (a build may fail before compiling).</summary>
    public ITaskItem[] CompilerLogs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Findings logged by <see cref="ReportFindings"/> in this build.</summary>
    public ITaskItem[] TaskFindings { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string ReportDirectory { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Folder that locations in the summary are shown relative to.</summary>
    public string BaseDirectory { get; set; } = string.Empty;

    /// <summary>Version written into the SARIF log; defaults to the task assembly's informational version.</summary>
    public string ToolVersion { get; set; } = string.Empty;

    [Output]
    public string SarifFile { get; private set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var findings = new List<ReportFinding>();
        var rules = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var log in CompilerLogs.Select(item => item.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).Where(File.Exists))
        {
            try
            {
                CompilerSarifReader.Read(log, findings, rules);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{log} is not valid JSON: {exception.Message}", exception);
            }
        }

        foreach (var item in TaskFindings)
        {
            var level = item.GetMetadata("Severity") switch
            {
                "Error" => "error",
                "Warning" => "warning",
                _ => "note",
            };
            findings.Add(new ReportFinding(
                item.ItemSpec, level, item.GetMetadata("Message"), item.GetMetadata("File"),
                ParseInt(item.GetMetadata("Line")), ParseInt(item.GetMetadata("Column")), "task", null, null));
        }

        // A multi-targeted project compiles once per framework; each finding counts once.
        var unique = findings.GroupBy(finding => finding.Key, StringComparer.Ordinal).Select(group => group.First()).ToList();

        var directory = Path.GetFullPath(ReportDirectory);
        Directory.CreateDirectory(directory);
        SarifFile = Path.Combine(directory, "viotech.sarif");
        var version = ToolVersion.Length > 0
            ? ToolVersion
            : typeof(WriteReport).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        SarifWriter.Write(SarifFile, unique, rules, version);
        var summaryFile = Path.Combine(directory, "viotech-summary.md");
        var baseDirectory = BaseDirectory.Length > 0 ? BaseDirectory : directory;
        File.WriteAllText(summaryFile, MarkdownSummary.Render(ProjectName, unique, baseDirectory), new UTF8Encoding(false));

        var active = unique.Where(finding => finding.Suppression is null).ToList();
        Log.LogMessage(
            MessageImportance.High,
            TaskText.Format(
                "Report_ConsoleSummary",
                ProjectName,
                active.Count(f => f.Level == "error"),
                active.Count(f => f.Level == "warning"),
                active.Count(f => f.Level is "note" or "none"),
                unique.Count - active.Count,
                SarifFile,
                summaryFile));
        foreach (var group in active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Log.LogMessage(MessageImportance.High, "  " + group.Key + ": " + group.Count().ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int ParseInt(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
