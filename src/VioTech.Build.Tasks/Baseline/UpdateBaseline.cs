using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;
using VioTech.Build.Tasks.Reporting;

namespace VioTech.Build.Tasks.Baseline;

/// <summary>
/// Writes <c>viotech.baseline.json</c> from the SARIF report of an audit build: one fingerprint per
/// active finding. Justifications of fingerprints already in the baseline are kept. Findings
/// suppressed in source or by configuration are not baselined: they are already silenced, with a reason.
/// </summary>
public sealed class UpdateBaseline : VioTechTask
{
    /// <summary>The merged SARIF report(s) of the audit build (<c>viotech.sarif</c>).</summary>
    [Required]
    public ITaskItem[] SarifFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Output]
    public int EntryCount { get; private set; }

    protected override void ExecuteCore()
    {
        var sarifFiles = SarifFiles.Select(item => item.GetMetadata("FullPath")).Where(File.Exists).Distinct(StringComparer.Ordinal).ToList();
        if (sarifFiles.Count == 0)
        {
            throw new FileNotFoundException(TaskText.Format("Baseline_NoReport"), SarifFiles.FirstOrDefault()?.ItemSpec ?? string.Empty);
        }

        var findings = new List<ReportFinding>();
        foreach (var sarif in sarifFiles)
        {
            CompilerSarifReader.Read(sarif, findings, new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal));
        }

        var previous = File.Exists(BaselineFile)
            ? BaselineDocument.Read(BaselineFile).GroupBy(entry => entry.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Justification, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var root = Path.GetFullPath(ProjectDirectory);
        var lines = new SourceLines();
        var entries = new List<BaselineEntry>();
        foreach (var finding in findings.Where(finding => finding.Suppression is null && RuleCatalog.TryGet(finding.RuleId, out var rule) && rule.Kind != RuleKind.Suppressor))
        {
            var relative = BaselineFingerprint.RelativePath(root, finding.File);
            var hash = BaselineFingerprint.HashLine(lines.Get(finding.File, finding.Line));
            var key = BaselineFingerprint.Key(finding.RuleId, relative, hash);
            entries.Add(new BaselineEntry(finding.RuleId, relative, hash, previous.TryGetValue(key, out var justification) ? justification : string.Empty));
        }

        BaselineDocument.Write(BaselineFile, entries);
        EntryCount = entries.Select(entry => entry.Key).Distinct(StringComparer.Ordinal).Count();
        Log.LogMessage(MessageImportance.High, TaskText.Format("Baseline_Written", EntryCount, Path.GetFullPath(BaselineFile)));
    }
}
