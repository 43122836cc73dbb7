using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Logs the findings cached by the validation tasks, every build, with the severity the compiler
/// would give them (see <see cref="SeverityPolicy"/>), except those listed in the baseline. The targets run it with
/// <c>ContinueOnError="ErrorAndContinue"</c>, so its errors fail the build without stopping the
/// compiler from reporting its own diagnostics in the same build.
/// </summary>
public sealed class ReportFindings : PolicyTask
{
    /// <summary>Findings files written by the validation tasks; a missing file is skipped.</summary>
    [Required]
    public ITaskItem[] FindingsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The baseline suppression file in <c>obj/</c> (see <see cref="BaselineFingerprint"/>); findings
    /// listed there are not logged but passed to the report as baselined. Empty or missing: no baseline.
    /// </summary>
    public string? BaselineSuppressionFile { get; set; }

    /// <summary>
    /// False in the inner builds of a multi-targeted project other than the first: the findings are
    /// then only passed to the report, so that each is logged once but every report has them.
    /// </summary>
    public bool LogFindings { get; set; } = true;

    /// <summary>Findings as logged (id, severity, file, position, message), for the report; baselined ones carry <c>Suppression=Baseline</c>.</summary>
    [Output]
    public ITaskItem[] LoggedFindings { get; private set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var policy = CreatePolicy();
        var baseline = Baseline.BaselineMatcher.Load(BaselineSuppressionFile);
        var logged = new List<ITaskItem>();
        foreach (var file in FindingsFiles.Select(item => item.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(file))
            {
                continue;
            }

            foreach (var finding in FindingsFile.Read(file))
            {
                if (!RuleCatalog.TryGet(finding.RuleId, out var rule))
                {
                    throw new InvalidDataException($"{file} names the unknown rule {finding.RuleId}; delete the file and rebuild.");
                }

                var severity = policy.Resolve(rule);
                if (severity == EffectiveSeverity.None)
                {
                    continue;
                }

                var message = TaskText.Format(rule.MessageResourceName, finding.Arguments.Select(argument => (object?)TaskText.Resolve(argument)).ToArray());
                if (baseline.Matches(rule.Id, finding.File, finding.Line))
                {
                    var item = FindingItem(rule.Id, severity.ToString(), finding.File, finding.Line, finding.Column, message);
                    item.SetMetadata("Suppression", "Baseline");
                    logged.Add(item);
                    continue;
                }

                logged.Add(LogFindings
                    ? LogFinding(rule, severity, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, message)
                    : FindingItem(rule.Id, severity.ToString(), finding.File, finding.Line, finding.Column, message));
            }
        }

        LoggedFindings = logged.ToArray();
    }
}
