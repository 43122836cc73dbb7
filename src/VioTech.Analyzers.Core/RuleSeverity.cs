namespace VioTech.Analyzers.Core;

/// <summary>Default severity of a descriptor. Only Info and Warning exist so that every rule stays suppressible.</summary>
public enum RuleSeverity
{
    Info,
    Warning,
}

/// <summary>Severity a preset or a user's configuration gives a rule, with the compiler's own names.</summary>
public enum EffectiveSeverity
{
    None,
    Suggestion,
    Warning,
    Error,
}

/// <summary>Where a rule is reported: by the compiler through an analyzer, or by an MSBuild task.</summary>
public enum RuleKind
{
    Analyzer,
    Task,

    /// <summary>A <c>DiagnosticSuppressor</c> in the analyzer assembly; its id names the suppressions it makes.</summary>
    Suppressor,
}
