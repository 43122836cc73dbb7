using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.Infrastructure;

/// <summary>
/// Typed access to the <c>viotech.*</c> options. A value set for the syntax tree (an
/// <c>.editorconfig</c> section matching the file) wins over the global value (a
/// <c>.globalconfig</c> or a key outside any section); an invalid value counts as unset.
/// </summary>
internal readonly struct AnalyzerOptionsReader
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly SyntaxTree? tree;

    public AnalyzerOptionsReader(AnalyzerOptions options, SyntaxTree? tree = null)
    {
        provider = options.AnalyzerConfigOptionsProvider;
        this.tree = tree;
    }

    /// <summary>Returns a reader that looks at the options of <paramref name="syntaxTree"/> first.</summary>
    public AnalyzerOptionsReader For(SyntaxTree? syntaxTree) => new(provider, syntaxTree);

    public bool BehindProxy => GetBoolean(AnalyzerOptionKeys.BehindProxy, false);

    public bool ProxyRedirectsHttps => GetBoolean(AnalyzerOptionKeys.ProxyRedirectsHttps, false);

    public bool AnalyzeTestProjects => GetBoolean(AnalyzerOptionKeys.AnalyzeTestProjects, false);

    /// <summary>Minimum HSTS max-age in days; 365 (one year) unless configured with a positive whole number.</summary>
    public int HstsMinMaxAgeDays => GetPositiveInt32(AnalyzerOptionKeys.HstsMinMaxAgeDays, 365);

    /// <summary>Returns the raw value of <paramref name="key"/>, trimmed, or null when it is not set.</summary>
    public string? GetString(string key)
    {
        if (provider is null)
        {
            return null;
        }

        if (tree is not null && provider.GetOptions(tree).TryGetValue(key, out var treeValue) && !string.IsNullOrWhiteSpace(treeValue))
        {
            return treeValue.Trim();
        }

        return provider.GlobalOptions.TryGetValue(key, out var globalValue) && !string.IsNullOrWhiteSpace(globalValue)
            ? globalValue.Trim()
            : null;
    }

    public bool GetBoolean(string key, bool defaultValue) =>
        GetString(key) is { } text && bool.TryParse(text, out var value) ? value : defaultValue;

    public int GetPositiveInt32(string key, int defaultValue) =>
        GetString(key) is { } text
        && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        && value > 0
            ? value
            : defaultValue;

    private AnalyzerOptionsReader(AnalyzerConfigOptionsProvider provider, SyntaxTree? tree)
    {
        this.provider = provider;
        this.tree = tree;
    }
}
