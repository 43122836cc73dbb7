using System.Collections.Generic;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// One finding of a task, before its severity is decided. Its arguments fill the rule's message
/// format and never hold a secret value: validators pass a kind, a length or a redacted prefix.
/// </summary>
internal sealed class Finding
{
    public Finding(string ruleId, string file, int line, int column, IReadOnlyList<string> arguments, int endLine = 0, int endColumn = 0)
    {
        RuleId = ruleId;
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Arguments = arguments;
    }

    public string RuleId { get; }

    /// <summary>Full path of the file the finding is in.</summary>
    public string File { get; }

    /// <summary>One-based line; 0 when the finding concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>One-based column, counted in characters (not bytes).</summary>
    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public IReadOnlyList<string> Arguments { get; }
}
