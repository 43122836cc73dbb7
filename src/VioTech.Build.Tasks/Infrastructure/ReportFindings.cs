using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Logs the findings cached by the validation tasks, every build, with the severity the compiler
/// would give them (see <see cref="SeverityPolicy"/>). The targets run it with
/// <c>ContinueOnError="ErrorAndContinue"</c>, so its errors fail the build without stopping the
/// compiler from reporting its own diagnostics in the same build.
/// </summary>
public sealed class ReportFindings : VioTechTask
{
    /// <summary>Findings files written by the validation tasks; a missing file is skipped.</summary>
    [Required]
    public ITaskItem[] FindingsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Global analyzer configs passed to the compiler (<c>@(GlobalAnalyzerConfigFiles)</c>), presets included.</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Findings as logged (id, severity, file, position, message), for the report.</summary>
    [Output]
    public ITaskItem[] LoggedFindings { get; private set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var policy = new SeverityPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        // The SDK lists a .globalconfig candidate in every parent folder; the compiler reads those that exist.
        foreach (var config in AnalyzerConfigFiles.Select(item => item.GetMetadata("FullPath")).Where(File.Exists))
        {
            policy.AddGlobalConfig(config);
        }

        foreach (var problem in policy.ConfigurationProblems)
        {
            Log.LogWarning(null, RuleIds.TaskFailed, null, null, 0, 0, 0, 0, TaskText.Format(RuleIds.TaskFailed + "_Message", nameof(ReportFindings), problem));
        }

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
                LogFinding(rule, severity, finding, message);
                var item = new Microsoft.Build.Utilities.TaskItem(finding.RuleId);
                item.SetMetadata("Severity", severity.ToString());
                item.SetMetadata("File", finding.File);
                item.SetMetadata("Line", finding.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                item.SetMetadata("Column", finding.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                item.SetMetadata("Message", message);
                logged.Add(item);
            }
        }

        LoggedFindings = logged.ToArray();
    }

    private void LogFinding(RuleInfo rule, EffectiveSeverity severity, Finding finding, string message)
    {
        var text = message + " (" + rule.HelpUri + ")";
        switch (severity)
        {
            case EffectiveSeverity.Error:
                Log.LogError(null, rule.Id, null, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, text);
                break;
            case EffectiveSeverity.Warning:
                Log.LogWarning(null, rule.Id, null, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, text);
                break;
            default:
                Log.LogMessage(null, rule.Id, null, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, MessageImportance.Normal, text);
                break;
        }
    }
}
