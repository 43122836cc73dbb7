using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>
/// Finds provider credentials in text: source literals, comments, settings and environment files.
/// Thread-safe; the patterns are compiled once per process and every match runs with
/// <see cref="SecretRule.MatchTimeout"/>, a timeout counting as no match.
/// </summary>
public static class SecretScanner
{
    /// <summary>Shortest credential any rule accepts; shorter texts are not scanned.</summary>
    private const int MinimumSecretLength = 20;

    /// <summary>
    /// Shortest run of token characters that a credential of a rule with <see cref="SecretRule.NeedsTokenRun"/>
    /// contains: an AWS access key id is 20 characters, and every other such format is at least as long. Prose,
    /// log templates and short paths have no such run, so they skip every pattern and keyword search.
    /// </summary>
    internal const int MinimumTokenRun = 20;

    private static readonly IReadOnlyList<SecretMatch> NoMatches = Array.Empty<SecretMatch>();

    /// <summary>The provider rules, in the order they run.</summary>
    public static IReadOnlyList<SecretRule> Rules => SecretRules.All;

    /// <summary>Returns the provider credentials in <paramref name="text"/>, ordered by position, without overlaps.</summary>
    public static IReadOnlyList<SecretMatch> Scan(string? text)
    {
        if (text is null || text.Length < MinimumSecretLength)
        {
            return NoMatches;
        }

        List<SecretMatch>? matches = null;
        var hasTokenRun = HasTokenRun(text);
        foreach (var rule in SecretRules.All)
        {
            if ((rule.NeedsTokenRun && !hasTokenRun) || !rule.MayOccurIn(text))
            {
                continue;
            }

            foreach (var (start, length) in Candidates(rule.Pattern, text))
            {
                var value = text.Substring(start, length);
                if (rule.Validate is null || rule.Validate(value, text))
                {
                    matches ??= new List<SecretMatch>();
                    matches.Add(new SecretMatch(rule, start, length, rule.PublicPrefixOf(value)));
                }
            }
        }

        return matches is null ? NoMatches : RemoveOverlaps(matches);
    }

    /// <summary>
    /// Classifies a value held by a name, for the formats that carry no prefix and are recognised only
    /// by the name beside them (AWS secret access keys, Twilio auth tokens). Returns null otherwise;
    /// call <see cref="Scan"/> for the prefixed formats.
    /// </summary>
    public static SecretMatch? ScanNamed(string? name, string? value)
    {
        if (name is null || value is null)
        {
            return null;
        }

        var words = CredentialNames.Words(name);
        if (words.Contains("aws") && words.Contains("secret")
            && value.Length == 40 && IsAlphabet(value, "+/") && SecretValidators.LooksRandom(value, 4.0)
            && SecretValidators.CharacterClasses(value) >= 3)
        {
            return new SecretMatch(RuleById("aws-secret-access-key"), 0, value.Length, string.Empty);
        }

        if (words.Contains("twilio") && (words.Contains("token") || words.Contains("secret"))
            && value.Length == 32 && IsLowerHex(value) && SecretValidators.LooksRandom(value, 3.0))
        {
            return new SecretMatch(RuleById("twilio-auth-token"), 0, value.Length, string.Empty);
        }

        return null;
    }

    /// <summary>
    /// Decides whether a value is a credential that providers publish on purpose: Supabase anon JWTs
    /// and <c>sb_publishable_</c> keys, Wompi <c>pub_</c> keys, Stripe publishable keys, Sentry DSNs.
    /// The generic detector uses it to stay quiet on such values.
    /// </summary>
    public static bool IsKnownPublicValue(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var text = value!.Trim();
        if (text.StartsWith("sb_publishable_", StringComparison.Ordinal)
            || text.StartsWith("pub_prod_", StringComparison.Ordinal)
            || text.StartsWith("pub_test_", StringComparison.Ordinal)
            || text.StartsWith("pk_live_", StringComparison.Ordinal)
            || text.StartsWith("pk_test_", StringComparison.Ordinal))
        {
            return true;
        }

        if (text.StartsWith("eyJ", StringComparison.Ordinal) && SecretValidators.JwtRole(text) == "anon")
        {
            return true;
        }

        return IsSentryDsn(text);
    }

    /// <summary>Recognises a Sentry DSN: <c>https://&lt;public key&gt;@&lt;host&gt;/&lt;project&gt;</c> on a Sentry ingest host.</summary>
    public static bool IsSentryDsn(string text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        && text.IndexOf('@') > 8
        && (text.IndexOf(".sentry.io/", StringComparison.OrdinalIgnoreCase) > 0
            || text.IndexOf("@sentry.", StringComparison.OrdinalIgnoreCase) > 0);

    internal static SecretRule RuleById(string id)
    {
        foreach (var rule in SecretRules.All)
        {
            if (rule.Id == id)
            {
                return rule;
            }
        }

        throw new ArgumentException("No secret rule has id '" + id + "'.", nameof(id));
    }

    /// <summary>Returns whether <paramref name="text"/> contains <see cref="MinimumTokenRun"/> token characters in a row.</summary>
    internal static bool HasTokenRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            if (IsTokenCharacter(c))
            {
                if (++run >= MinimumTokenRun)
                {
                    return true;
                }
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }

    /// <summary>Characters of base64, base64url, percent-encoding, hex and the separators of prefixed tokens and URLs.</summary>
    private static bool IsTokenCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '=' || c == '%';

    private static IEnumerable<(int Start, int Length)> Candidates(Regex pattern, string text)
    {
        var results = new List<(int, int)>();
        try
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var secret = match.Groups["secret"];
                if (secret.Success)
                {
                    results.Add((secret.Index, secret.Length));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input: keep what was found before the timeout and report nothing more.
        }

        return results;
    }

    private static IReadOnlyList<SecretMatch> RemoveOverlaps(List<SecretMatch> matches)
    {
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<SecretMatch>(matches.Count);
        foreach (var match in matches)
        {
            if (kept.Count > 0 && match.Start < kept[kept.Count - 1].Start + kept[kept.Count - 1].Length)
            {
                continue;
            }

            kept.Add(match);
        }

        return kept;
    }

    private static bool IsAlphabet(string value, string extra)
    {
        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && extra.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerHex(string value)
    {
        foreach (var c in value)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
