using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Baseline;

/// <summary>
/// Converts <c>viotech.baseline.json</c> into the line-oriented suppression file that the baseline
/// suppressor (inside the compiler) and <see cref="ReportFindings"/> read, leaving out expired
/// entries, and reports each expired entry (VIO4903). The file is rewritten only when its content
/// changes, so an unchanged baseline keeps the compiler's incremental build.
/// </summary>
public sealed class PrepareBaseline : PolicyTask
{
    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    [Required]
    public string SuppressionFile { get; set; } = string.Empty;

    /// <summary>Folder that the baseline's file paths are relative to: the project folder.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Date that expiries are compared with, <c>yyyy-MM-dd</c>; empty means today (UTC).</summary>
    public string? Today { get; set; }

    /// <summary>The expired entries as logged, for the report.</summary>
    [Output]
    public ITaskItem[] ExpiredFindings { get; private set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var today = ParseToday(Today);
        var entries = File.Exists(BaselineFile) ? BaselineDocument.Read(BaselineFile) : Array.Empty<BaselineEntry>();
        var text = new StringBuilder();
        text.Append(BaselineFingerprint.SuppressionFileHeader).Append('\n');
        text.Append("root\t").Append(Path.GetFullPath(ProjectDirectory).TrimEnd('/', '\\')).Append('\n');

        var expired = new List<ITaskItem>();
        var rule = RuleCatalog.Get(RuleIds.ExpiredSuppression);
        var severity = CreatePolicy().Resolve(rule);
        foreach (var entry in entries)
        {
            if (BaselineFingerprint.TryGetExpiry(entry.Justification, out var expiry) && expiry < today)
            {
                if (severity != EffectiveSeverity.None)
                {
                    var message = TaskText.Format(rule.MessageResourceName, entry.RuleId, entry.File, expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    expired.Add(LogFinding(rule, severity, Path.GetFullPath(BaselineFile), entry.Line, 0, 0, 0, message));
                }

                continue;
            }

            text.Append(entry.RuleId).Append('\t').Append(entry.File).Append('\t').Append(entry.LineHash).Append('\n');
        }

        ExpiredFindings = expired.ToArray();
        var content = text.ToString();
        if (!File.Exists(SuppressionFile) || File.ReadAllText(SuppressionFile) != content)
        {
            AtomicFile.WriteAllText(SuppressionFile, content);
        }
    }

    /// <summary>Parses the <c>VioTechToday</c> property; an invalid value is reported as invalid data.</summary>
    internal static DateTime ParseToday(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DateTime.UtcNow.Date;
        }

        return DateTime.TryParseExact(value!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today)
            ? today
            : throw new InvalidDataException($"VioTechToday '{value}' is not a date in the form yyyy-MM-dd.");
    }
}
