using System;
using System.Collections.Generic;

namespace VioTech.Analyzers.Core;

/// <summary>
/// Registry entry of one diagnostic: everything about it except its text, which lives in the
/// resources of the assembly that reports it.
/// </summary>
public sealed class RuleInfo
{
    internal RuleInfo(
        string id,
        string category,
        RuleKind kind,
        RuleSeverity defaultSeverity,
        EffectiveSeverity minimum,
        EffectiveSeverity recommended,
        EffectiveSeverity all,
        string sinceLevel,
        IReadOnlyList<string> tags)
    {
        Id = id;
        Category = category;
        Kind = kind;
        DefaultSeverity = defaultSeverity;
        MinimumSeverity = minimum;
        RecommendedSeverity = recommended;
        AllSeverity = all;
        SinceLevel = sinceLevel;
        Tags = tags;
    }

    /// <summary>Identifier such as <c>VIO1001</c>.</summary>
    public string Id { get; }

    /// <summary>Stable category, usable in <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>.</summary>
    public string Category { get; }

    public RuleKind Kind { get; }

    /// <summary>Severity of the descriptor itself, used when no preset is loaded.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Effective severity in the <c>Minimum</c> analysis mode.</summary>
    public EffectiveSeverity MinimumSeverity { get; }

    /// <summary>Effective severity in the <c>Recommended</c> analysis mode, the default one.</summary>
    public EffectiveSeverity RecommendedSeverity { get; }

    /// <summary>Effective severity in the <c>All</c> analysis mode.</summary>
    public EffectiveSeverity AllSeverity { get; }

    /// <summary>Analysis level (package release) that introduced the rule, such as <c>1.0</c>.</summary>
    public string SinceLevel { get; }

    /// <summary>Custom tags: CWE and OWASP references, plus <c>CompilationEnd</c> where it applies.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Absolute link to the English rule page.</summary>
    public string HelpUri => RuleCatalog.HelpBaseUri + Id + ".md";

    /// <summary>Absolute link to the Spanish rule page.</summary>
    public string SpanishHelpUri => RuleCatalog.HelpBaseUri + "es/" + Id + ".md";

    /// <summary>Resource name of the title, in the resources of the reporting assembly.</summary>
    public string TitleResourceName => Id + "_Title";

    /// <summary>Resource name of the message format.</summary>
    public string MessageResourceName => Id + "_Message";

    /// <summary>Resource name of the description.</summary>
    public string DescriptionResourceName => Id + "_Description";

    /// <summary>
    /// Returns the effective severity of the rule in an analysis mode with the rule set pinned at
    /// <paramref name="level"/> (<c>latest</c> or one of <see cref="RuleCatalog.Levels"/>): a rule
    /// introduced after that level is off.
    /// </summary>
    public EffectiveSeverity SeverityIn(AnalysisMode mode, string level) =>
        IsInLevel(level) ? SeverityIn(mode) : EffectiveSeverity.None;

    /// <summary>Whether the rule belongs to the rule set of <paramref name="level"/>; every rule belongs to <c>latest</c>.</summary>
    public bool IsInLevel(string level) =>
        string.Equals(level, RuleCatalog.LatestLevel, StringComparison.OrdinalIgnoreCase)
        || new Version(SinceLevel) <= new Version(level);

    /// <summary>Returns the effective severity of the rule in an analysis mode.</summary>
    public EffectiveSeverity SeverityIn(AnalysisMode mode) => mode switch
    {
        AnalysisMode.Minimum => MinimumSeverity,
        AnalysisMode.Recommended => RecommendedSeverity,
        AnalysisMode.All => AllSeverity,
        AnalysisMode.Audit => AllSeverity == EffectiveSeverity.None ? EffectiveSeverity.None : EffectiveSeverity.Warning,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}

/// <summary>Preset chosen by the <c>VioTechAnalysisMode</c> MSBuild property.</summary>
public enum AnalysisMode
{
    /// <summary>Errors only: secrets, credentialed any-origin CORS, invalid configuration.</summary>
    Minimum,

    /// <summary>The default preset.</summary>
    Recommended,

    /// <summary>Every rule on.</summary>
    All,

    /// <summary>Every rule on as a warning, so that a build reports everything and fails on nothing.</summary>
    Audit,
}
