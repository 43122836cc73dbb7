namespace VioTech.Build.Tasks.Reporting;

/// <summary>One finding in the report, from the compiler's SARIF log or from a task.</summary>
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

    /// <summary>"compiler" or "task".</summary>
    public string Source { get; }

    /// <summary>SARIF suppression kind (inSource, external) when the finding was suppressed; otherwise null.</summary>
    public string? Suppression { get; }

    public string? Justification { get; }

    public string Key => RuleId + "|" + File + "|" + Line + "|" + Column + "|" + Message;
}
