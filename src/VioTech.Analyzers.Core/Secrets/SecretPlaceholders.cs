using System;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>
/// Recognises values that stand in for a secret without being one: placeholders (<c>changeme</c>,
/// <c>&lt;your-key&gt;</c>, <c>${VAR}</c>, <c>%VAR%</c>, <c>xxx</c>, <c>***</c>, <c>TODO</c>),
/// configuration key paths (<c>Jwt:Secret</c>), environment variable names, and UI text.
/// </summary>
public static class SecretPlaceholders
{
    private static readonly Regex Substitution = new(
        @"^\s*(?:\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|%[A-Za-z0-9_]+%|#\{[^}]*\}#?|__[A-Za-z0-9_]+__|<[^>]*>|\[[^\]]*\]|\{[A-Za-z0-9_]*\}|\$[A-Z_][A-Z0-9_]*|@[A-Za-z0-9_]+@)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly Regex ConfigurationPath = new(
        @"^[A-Za-z][A-Za-z0-9_.-]*(?:(?::|__)[A-Za-z0-9_.-]+)+$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly Regex EnvironmentVariableName = new(
        @"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly Regex IdentifierLike = new(
        @"^(?:[A-Za-z]+(?:[.\-/][A-Za-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly string[] PlaceholderFragments =
    {
        "changeme", "change_me", "change-me", "changethis", "replace", "your", "todo", "fixme", "tbd",
        "example", "placeholder", "dummy", "sample", "redacted", "insert", "xxx", "***", "...", "•••",
        "secret_here", "key_here", "here_", "notset", "not_set", "not-set", "null", "undefined", "none",
        "fake", "mock", "lorem",
    };

    /// <summary>Decides whether the value is a placeholder, a reference to another source, or text that is not a secret.</summary>
    public static bool IsPlaceholder(string? value)
    {
        if (value is null)
        {
            return true;
        }

        var text = value.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        foreach (var fragment in PlaceholderFragments)
        {
            if (text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        if (IsRepeated(text))
        {
            return true;
        }

        try
        {
            return Substitution.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>
    /// Decides whether a value held by a credential name is something other than a secret:
    /// a placeholder, a configuration key path, an environment variable name, an identifier,
    /// UI text, a URL or path without credentials, or a format string.
    /// </summary>
    public static bool IsNonSecretText(string value)
    {
        var text = value.Trim();
        if (IsPlaceholder(text))
        {
            return true;
        }

        // UI text ("Enter your password") and format strings ("Password: {0}").
        if (text.IndexOf(' ') >= 0 || text.IndexOf('{') >= 0 || text.IndexOf('\n') >= 0)
        {
            return true;
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("/", StringComparison.Ordinal)
            || text.StartsWith("~/", StringComparison.Ordinal)
            || text.StartsWith("./", StringComparison.Ordinal)
            || (text.Length > 2 && text[1] == ':' && text[2] == '\\'))
        {
            return true;
        }

        try
        {
            return ConfigurationPath.IsMatch(text) || EnvironmentVariableName.IsMatch(text) || IdentifierLike.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private static bool IsRepeated(string text)
    {
        foreach (var c in text)
        {
            if (c != text[0])
            {
                return false;
            }
        }

        return true;
    }
}
