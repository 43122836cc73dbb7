using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>
/// One provider credential format, as data: a prefix-anchored pattern, the keywords that must occur
/// in a text before the pattern runs, and a structural check of the candidate (checksum, decoded
/// claims, length, alphabet, entropy). The pattern's <c>secret</c> group is the credential itself.
/// </summary>
public sealed class SecretRule
{
    /// <summary>Maximum time one pattern may spend on one text; a timeout counts as no match.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    internal SecretRule(
        string id,
        string providerId,
        string providerName,
        string kind,
        string kindSpanish,
        string pattern,
        IReadOnlyList<string> prefixes,
        Func<string, string, bool>? validate,
        SecretCategory category,
        string environmentVariableName,
        string configurationKey,
        IReadOnlyList<string>? keywords = null,
        bool ignoreCaseKeywords = false,
        bool needsTokenRun = true)
    {
        Id = id;
        ProviderId = providerId;
        ProviderName = providerName;
        Kind = kind;
        KindSpanish = kindSpanish;
        Pattern = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        Prefixes = prefixes;
        Validate = validate;
        Category = category;
        EnvironmentVariableName = environmentVariableName;
        ConfigurationKey = configurationKey;
        Keywords = (keywords ?? prefixes).ToArray();
        KeywordComparison = ignoreCaseKeywords ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        NeedsTokenRun = needsTokenRun;
    }

    /// <summary>Stable rule id, such as <c>github-pat</c>.</summary>
    public string Id { get; }

    /// <summary>Provider id, such as <c>github</c>; several rules may share one.</summary>
    public string ProviderId { get; }

    /// <summary>Provider display name, such as <c>GitHub</c>.</summary>
    public string ProviderName { get; }

    /// <summary>English noun phrase with its article, such as "a GitHub personal access token".</summary>
    public string Kind { get; }

    /// <summary>Spanish noun phrase with its article, such as "un token de acceso personal de GitHub".</summary>
    public string KindSpanish { get; }

    public SecretCategory Category { get; }

    /// <summary>Conventional environment variable that should hold the credential instead.</summary>
    public string EnvironmentVariableName { get; }

    /// <summary>Conventional configuration key that should hold the credential instead.</summary>
    public string ConfigurationKey { get; }

    internal Regex Pattern { get; }

    /// <summary>Public prefixes of the format; the longest one a match starts with is the only part ever shown.</summary>
    internal IReadOnlyList<string> Prefixes { get; }

    /// <summary>Strings of which one must occur in a text before <see cref="Pattern"/> runs on it.</summary>
    internal string[] Keywords { get; }

    /// <summary>
    /// True when every credential of the format contains a run of at least
    /// <see cref="SecretScanner.MinimumTokenRun"/> token characters (<c>A-Z a-z 0-9 + / = % . _ -</c>),
    /// so a text without such a run is skipped before the keyword search. False for PEM private
    /// keys, whose body may be split by spaces and line breaks into shorter pieces.
    /// </summary>
    internal bool NeedsTokenRun { get; }

    internal StringComparison KeywordComparison { get; }

    /// <summary>Structural check of a candidate: (candidate, whole scanned text) → valid.</summary>
    internal Func<string, string, bool>? Validate { get; }

    internal string PublicPrefixOf(string value)
    {
        var best = string.Empty;
        foreach (var prefix in Prefixes)
        {
            if (prefix.Length > best.Length && value.StartsWith(prefix, StringComparison.Ordinal))
            {
                best = prefix;
            }
        }

        return best;
    }

    internal bool MayOccurIn(string text)
    {
        foreach (var keyword in Keywords)
        {
            if (text.IndexOf(keyword, KeywordComparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
