using System.Collections.Generic;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>One finding in the report, from the compiler's SARIF log, from a task, or a rule turned off in configuration.</summary>
internal sealed class ReportFinding
{
    public ReportFinding(string ruleId, string level, string message, string file, int line, int column, string source, string? suppression, string? justification)
    {
        RuleId = ruleId;
        Level = level;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        Source = source;
        Suppression = suppression;
        Justification = justification;
    }

    public string RuleId { get; }

    /// <summary>SARIF level: error, warning, note or none.</summary>
    public string Level { get; }

    public string Message { get; }

    /// <summary>Absolute path, or empty when the finding has no file.</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>"compiler", "task" or "configuration".</summary>
    public string Source { get; }

    /// <summary>SARIF suppression kind (inSource, external) when the finding was suppressed; otherwise null.</summary>
    public string? Suppression { get; set; }

    /// <summary>How the finding was suppressed, one of <see cref="SuppressionKinds"/>; null when it is active.</summary>
    public string? SuppressionKind { get; set; }

    public string? Justification { get; set; }

    /// <summary>End of the region, when the compiler gave one; 0 otherwise.</summary>
    public int EndLine { get; set; }

    public int EndColumn { get; set; }

    /// <summary>Further places the finding points at (an attribute, a declaration), as SARIF <c>relatedLocations</c>.</summary>
    public IReadOnlyList<(string File, int Line, int Column)> RelatedLocations { get; set; } = System.Array.Empty<(string, int, int)>();

    /// <summary>Name of the project that reported the finding; set in solution reports.</summary>
    public string Project { get; set; } = string.Empty;

    public string Key => RuleId + "|" + File + "|" + Line + "|" + Column + "|" + Message + "|" + Source;
}

/// <summary>The ways a finding can be silenced, as the report names them.</summary>
internal static class SuppressionKinds
{
    public const string SuppressMessage = "SuppressMessage";
    public const string Pragma = "Pragma";
    public const string Configuration = "Configuration";
    public const string NoWarn = "NoWarn";
    public const string Baseline = "Baseline";
    public const string Suppressor = "Suppressor";

    /// <summary>Resource name of the kind's display text.</summary>
    public static string ResourceName(string kind) => "Report_Kind_" + kind;
}
