using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Analyzers.Core;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Base of the tasks that log findings: it takes the compiler's severity inputs and logs each
/// finding with the severity the compiler would give it (see <see cref="SeverityPolicy"/>).
/// </summary>
public abstract class PolicyTask : VioTechTask
{
    /// <summary>Global analyzer configs passed to the compiler (<c>@(GlobalAnalyzerConfigFiles)</c>), presets included.</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    internal SeverityPolicy CreatePolicy()
    {
        var policy = new SeverityPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);

        // The SDK lists a .globalconfig candidate in every parent folder; the compiler reads those that exist.
        foreach (var config in AnalyzerConfigFiles.Select(item => item.GetMetadata("FullPath")).Where(File.Exists))
        {
            policy.AddGlobalConfig(config);
        }

        foreach (var problem in policy.ConfigurationProblems)
        {
            Log.LogWarning(null, RuleIds.TaskFailed, null, null, 0, 0, 0, 0, TaskText.Format(RuleIds.TaskFailed + "_Message", GetType().Name, problem));
        }

        return policy;
    }

    /// <summary>Logs one finding at <paramref name="severity"/> and returns it as an item for the report.</summary>
    internal ITaskItem LogFinding(RuleInfo rule, EffectiveSeverity severity, string file, int line, int column, int endLine, int endColumn, string message)
    {
        var text = message + " (" + rule.HelpUri + ")";
        switch (severity)
        {
            case EffectiveSeverity.Error:
                Log.LogError(null, rule.Id, null, file, line, column, endLine, endColumn, text);
                break;
            case EffectiveSeverity.Warning:
                Log.LogWarning(null, rule.Id, null, file, line, column, endLine, endColumn, text);
                break;
            default:
                Log.LogMessage(null, rule.Id, null, file, line, column, endLine, endColumn, MessageImportance.Normal, text);
                break;
        }

        return FindingItem(rule.Id, severity.ToString(), file, line, column, message);
    }

    /// <summary>Creates the item that carries a finding to the report task.</summary>
    internal static ITaskItem FindingItem(string ruleId, string severity, string file, int line, int column, string message)
    {
        var item = new TaskItem(ruleId);
        item.SetMetadata("Severity", severity);
        item.SetMetadata("File", file);
        item.SetMetadata("Line", line.ToString(CultureInfo.InvariantCulture));
        item.SetMetadata("Column", column.ToString(CultureInfo.InvariantCulture));
        item.SetMetadata("Message", message);
        return item;
    }
}
