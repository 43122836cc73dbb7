using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Baseline;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>
/// Merges the compiler's SARIF log(s) with the task findings into <c>viotech.sarif</c> (SARIF 2.1.0),
/// <c>viotech-summary.md</c> and <c>viotech-report.html</c>, lists every suppression with its kind
/// and justification, reports stale baseline entries (VIO4902) and expired justifications (VIO4903),
/// and prints a one-line summary with the report's path. The targets run it after the compiler and
/// also when the build fails, which is when reviewers need it most.
/// </summary>
public sealed class WriteReport : PolicyTask
{
    /// <summary>SARIF 2.1 logs written by the compiler; missing files are skipped (a build may fail before compiling).</summary>
    public ITaskItem[] CompilerLogs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Compiler logs of the other target frameworks of a multi-targeted project. They may be missing
    /// or still being written; an unreadable one is skipped, and the last framework to finish writes
    /// the complete report (a lock in the report folder serialises the frameworks).
    /// </summary>
    public ITaskItem[] OtherCompilerLogs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Findings logged by <see cref="ReportFindings"/> and <see cref="PrepareBaseline"/> in this build.</summary>
    public ITaskItem[] TaskFindings { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string ReportDirectory { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Folder that locations in the summary are shown relative to, and the baseline's paths are relative to.</summary>
    public string BaseDirectory { get; set; } = string.Empty;

    /// <summary>Version written into the SARIF log; defaults to the task assembly's informational version.</summary>
    public string ToolVersion { get; set; } = string.Empty;

    /// <summary><c>.editorconfig</c> and global config files whose VioTech <c>severity = none</c> keys are listed as suppressions.</summary>
    public ITaskItem[] ConfigurationFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Folder of the package's presets, whose keys are not user suppressions.</summary>
    public string PresetDirectory { get; set; } = string.Empty;

    /// <summary><c>viotech.baseline.json</c>; empty or missing when the project has no baseline.</summary>
    public string BaselineFile { get; set; } = string.Empty;

    /// <summary>The suppression file that <see cref="PrepareBaseline"/> wrote from the baseline.</summary>
    public string BaselineSuppressionFile { get; set; } = string.Empty;

    /// <summary>Date that expiries are compared with, <c>yyyy-MM-dd</c>; empty means today (UTC).</summary>
    public string Today { get; set; } = string.Empty;

    /// <summary>
    /// Folder of a report shared by several projects (a solution): when set, the project's findings
    /// are also stored there and merged with those of the other projects into one report.
    /// </summary>
    public string SolutionReportDirectory { get; set; } = string.Empty;

    /// <summary>Folder that locations in the solution report are shown relative to.</summary>
    public string SolutionDirectory { get; set; } = string.Empty;

    [Output]
    public string SarifFile { get; private set; } = string.Empty;

    [Output]
    public string HtmlFile { get; private set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var findings = new List<ReportFinding>();
        var rules = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var logs = CompilerLogs.Select(item => item.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToList();
        foreach (var log in logs.Where(File.Exists))
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

        var others = OtherCompilerLogs.Select(item => item.GetMetadata("FullPath")).Where(path => !logs.Contains(path, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        using var exclusive = others.Count > 0 ? ReportLock.Acquire(Path.Combine(Path.GetFullPath(ReportDirectory), ".lock")) : null;
        var allLogsRead = logs.All(File.Exists);
        foreach (var log in others)
        {
            try
            {
                CompilerSarifReader.Read(log, findings, rules);
            }
            catch (Exception exception) when (exception is JsonException or IOException or InvalidDataException)
            {
                // Another framework's compiler is writing it now; that framework's report will include it.
                allLogsRead = false;
            }
        }

        AddTaskFindings(findings);

        // A multi-targeted project compiles once per framework; each finding counts once.
        var unique = findings.GroupBy(finding => finding.Key, StringComparer.Ordinal).Select(group => group.First()).ToList();
        var baseDirectory = BaseDirectory.Length > 0 ? BaseDirectory : Path.GetFullPath(ReportDirectory);
        var sourceLines = new SourceLines();
        var baseline = BaselineMatcher.Load(BaselineSuppressionFile);
        var baselineEntries = BaselineFile.Length > 0 && File.Exists(BaselineFile) ? BaselineDocument.Read(BaselineFile) : Array.Empty<BaselineEntry>();
        ClassifySuppressions(unique, baseline, baselineEntries, sourceLines);
        unique.AddRange(ConfigurationSuppressions());

        var policy = CreatePolicy();
        var today = PrepareBaseline.ParseToday(Today);
        unique.AddRange(ExpiredSuppressions(unique, policy, today));
        if (allLogsRead)
        {
            unique.AddRange(StaleBaselineEntries(unique, baselineEntries, sourceLines, policy, today));
        }

        foreach (var finding in unique)
        {
            finding.Project = finding.Project.Length > 0 ? finding.Project : ProjectName;
        }

        var directory = Path.GetFullPath(ReportDirectory);
        var version = ToolVersion.Length > 0
            ? ToolVersion
            : typeof(WriteReport).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        var model = new ReportModel(TaskText.Format("Report_Title", ProjectName), unique, baseDirectory, SarifWriter.RuleTitles(rules), version);
        var (sarif, summary, html) = ReportFiles.Write(directory, unique, rules, model);
        SarifFile = sarif;
        HtmlFile = html;

        Log.LogMessage(
            MessageImportance.High,
            TaskText.Format("Report_ConsoleSummary", ProjectName, model.Count("error"), model.Count("warning"), model.Count("note"), model.Suppressed.Count, sarif, summary));
        Log.LogMessage(MessageImportance.High, "  " + TaskText.Format("Report_HtmlPath", html));
        foreach (var group in model.Active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Log.LogMessage(MessageImportance.High, "  " + group.Key + ": " + group.Count().ToString(CultureInfo.InvariantCulture));
        }

        if (SolutionReportDirectory.Length > 0)
        {
            var solutionHtml = SolutionReport.Merge(SolutionReportDirectory, SolutionDirectory, ProjectName, sarif, version);
            Log.LogMessage(MessageImportance.High, "  " + TaskText.Format("Report_SolutionPath", solutionHtml));
        }
    }

    private void AddTaskFindings(List<ReportFinding> findings)
    {
        foreach (var item in TaskFindings)
        {
            var level = item.GetMetadata("Severity") switch
            {
                "Error" => "error",
                "Warning" => "warning",
                _ => "note",
            };
            var baselined = item.GetMetadata("Suppression") == SuppressionKinds.Baseline;
            findings.Add(new ReportFinding(
                item.ItemSpec, level, item.GetMetadata("Message"), item.GetMetadata("File"),
                ParseInt(item.GetMetadata("Line")), ParseInt(item.GetMetadata("Column")), "task",
                baselined ? "external" : null, null)
            {
                SuppressionKind = baselined ? SuppressionKinds.Baseline : null,
            });
        }
    }

    /// <summary>Names the kind and justification of each suppressed finding whose kind the logs do not record.</summary>
    private void ClassifySuppressions(List<ReportFinding> findings, BaselineMatcher baseline, IReadOnlyList<BaselineEntry> entries, SourceLines sourceLines)
    {
        var root = Path.GetFullPath(BaseDirectory.Length > 0 ? BaseDirectory : ".");
        var justifications = entries.GroupBy(entry => entry.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Justification, StringComparer.Ordinal);
        foreach (var finding in findings.Where(finding => finding.Suppression is not null || finding.SuppressionKind is not null))
        {
            var key = BaselineMatcher.Fingerprint(root, sourceLines, finding.RuleId, finding.File, finding.Line);
            if (finding.SuppressionKind == SuppressionKinds.Baseline || (finding.SuppressionKind is null && baseline.Matches(finding.RuleId, finding.File, finding.Line)))
            {
                finding.SuppressionKind = SuppressionKinds.Baseline;
                finding.Justification = justifications.TryGetValue(key, out var text) && text.Length > 0 ? text : null;
                continue;
            }

            if (finding.SuppressionKind is not null and not SuppressionKinds.Pragma)
            {
                continue;
            }

            // The compiler records no justification for a pragma; it is the comment on the pragma's line.
            if (SuppressionSources.TryFindPragma(sourceLines.All(finding.File), finding.RuleId, finding.Line, out var pragmaJustification))
            {
                finding.SuppressionKind = SuppressionKinds.Pragma;
                finding.Justification = pragmaJustification;
            }
            else if (finding.SuppressionKind is null)
            {
                finding.SuppressionKind = finding.Suppression == "external" ? SuppressionKinds.Suppressor : SuppressionKinds.SuppressMessage;
            }
        }
    }

    private IEnumerable<ReportFinding> ConfigurationSuppressions()
    {
        // The targets build the folder with a backslash, which MSBuild does not convert in a string parameter on Unix.
        var presets = PresetDirectory.Length > 0
            ? Path.GetFullPath(PresetDirectory.Replace('\\', Path.DirectorySeparatorChar)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar
            : null;
        var files = ConfigurationFiles.Select(item => item.GetMetadata("FullPath"))
            .Where(path => path.Length > 0 && File.Exists(path) && (presets is null || !path.StartsWith(presets, StringComparison.Ordinal)))
            // The targets write NoWarn's VIO ids into this file; they are listed once, as NoWarn suppressions.
            .Where(path => !string.Equals(Path.GetFileName(path), "viotech.nowarn.globalconfig", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var finding in SuppressionSources.ReadConfigurationOverrides(file))
            {
                yield return finding;
            }
        }

        var noWarn = (NoWarn ?? string.Empty).Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(id => id.Trim())
            .Where(id => id.StartsWith("VIO", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var id in noWarn)
        {
            yield return new ReportFinding(id.ToUpperInvariant(), "none", "NoWarn", BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, "configuration", "external", null)
            {
                SuppressionKind = SuppressionKinds.NoWarn,
            };
        }
    }

    /// <summary>Reports each suppression whose justification carries an expiry before <paramref name="today"/>.</summary>
    private IEnumerable<ReportFinding> ExpiredSuppressions(List<ReportFinding> findings, SeverityPolicy policy, DateTime today)
    {
        var rule = RuleCatalog.Get(RuleIds.ExpiredSuppression);
        var severity = policy.Resolve(rule);
        var expired = findings
            .Where(finding => finding.SuppressionKind is not null and not SuppressionKinds.Baseline)
            .Where(finding => BaselineFingerprint.TryGetExpiry(finding.Justification, out var expiry) && expiry < today)
            .ToList();
        if (severity == EffectiveSeverity.None)
        {
            yield break;
        }

        foreach (var finding in expired)
        {
            BaselineFingerprint.TryGetExpiry(finding.Justification, out var expiry);
            var message = TaskText.Format(rule.MessageResourceName, finding.RuleId, Path.GetFileName(finding.File), expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            LogFinding(rule, severity, finding.File, finding.Line, finding.Column, 0, 0, message);
            yield return new ReportFinding(rule.Id, Level(severity), message, finding.File, finding.Line, finding.Column, "task", null, null);
        }
    }

    /// <summary>Reports each baseline entry that no finding of this build matches any more.</summary>
    private IEnumerable<ReportFinding> StaleBaselineEntries(
        List<ReportFinding> findings, IReadOnlyList<BaselineEntry> entries, SourceLines sourceLines, SeverityPolicy policy, DateTime today)
    {
        if (entries.Count == 0)
        {
            yield break;
        }

        var rule = RuleCatalog.Get(RuleIds.StaleBaselineEntry);
        var severity = policy.Resolve(rule);
        if (severity == EffectiveSeverity.None)
        {
            yield break;
        }

        var root = Path.GetFullPath(BaseDirectory.Length > 0 ? BaseDirectory : ".");
        var current = new HashSet<string>(
            findings.Where(finding => finding.Source != "configuration").Select(finding => BaselineMatcher.Fingerprint(root, sourceLines, finding.RuleId, finding.File, finding.Line)),
            StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (current.Contains(entry.Key) || (BaselineFingerprint.TryGetExpiry(entry.Justification, out var expiry) && expiry < today))
            {
                continue;
            }

            var message = TaskText.Format(rule.MessageResourceName, entry.RuleId, entry.File);
            var file = Path.GetFullPath(BaselineFile);
            LogFinding(rule, severity, file, entry.Line, 0, 0, 0, message);
            yield return new ReportFinding(rule.Id, Level(severity), message, file, entry.Line, 0, "task", null, null);
        }
    }

    private static string Level(EffectiveSeverity severity) => severity switch
    {
        EffectiveSeverity.Error => "error",
        EffectiveSeverity.Warning => "warning",
        _ => "note",
    };

    private static int ParseInt(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
