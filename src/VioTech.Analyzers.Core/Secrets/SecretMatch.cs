namespace VioTech.Analyzers.Core.Secrets;

/// <summary>Whether a provider credential gives access to live data or only to the provider's test mode.</summary>
public enum SecretCategory
{
    /// <summary>A credential that works against live data; reported by VIO2001.</summary>
    Live,

    /// <summary>A test-mode credential (Stripe <c>sk_test_</c>, Wompi <c>prv_test_</c>); reported by VIO2005.</summary>
    TestMode,
}

/// <summary>
/// One provider credential found by <see cref="SecretScanner"/>: where it is and what it is. The
/// value itself is never stored; <see cref="Redacted"/> shows at most the provider's public prefix.
/// </summary>
public sealed class SecretMatch
{
    internal SecretMatch(SecretRule rule, int start, int length, string publicPrefix)
    {
        Rule = rule;
        Start = start;
        Length = length;
        PublicPrefix = publicPrefix;
    }

    /// <summary>The provider rule that matched.</summary>
    public SecretRule Rule { get; }

    /// <summary>Rule id such as <c>github-pat</c>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Provider id used to group accuracy figures, such as <c>github</c>.</summary>
    public string ProviderId => Rule.ProviderId;

    /// <summary>Provider display name, such as <c>GitHub</c>.</summary>
    public string ProviderName => Rule.ProviderName;

    /// <summary>English noun phrase for the kind, such as "a GitHub personal access token".</summary>
    public string Kind => Rule.Kind;

    /// <summary>Latin American Spanish noun phrase for the kind.</summary>
    public string KindSpanish => Rule.KindSpanish;

    public SecretCategory Category => Rule.Category;

    /// <summary>Offset of the credential in the scanned text.</summary>
    public int Start { get; }

    /// <summary>Length of the credential in characters.</summary>
    public int Length { get; }

    /// <summary>The provider's public prefix (<c>ghp_</c>, <c>sk_live_</c>), or empty when the format has none.</summary>
    public string PublicPrefix { get; }

    /// <summary>English description safe to print, such as "prefix ghp_, 40 characters".</summary>
    public string Redacted => SecretRedaction.Describe(PublicPrefix, Length, spanish: false);

    /// <summary>Spanish description safe to print, such as "prefijo ghp_, 40 caracteres".</summary>
    public string RedactedSpanish => SecretRedaction.Describe(PublicPrefix, Length, spanish: true);

    /// <summary>Conventional environment variable for this credential, such as <c>RESEND_API_KEY</c>.</summary>
    public string EnvironmentVariableName => Rule.EnvironmentVariableName;

    /// <summary>Conventional configuration key for this credential, such as <c>Resend:ApiKey</c>.</summary>
    public string ConfigurationKey => Rule.ConfigurationKey;

    /// <summary>Returns the rule id, category and redacted description; never the value.</summary>
    public override string ToString() => RuleId + " (" + Category + ") at " + Start + ", " + Redacted;
}

/// <summary>Formats the only facts about a secret that may be printed: public prefix and length.</summary>
public static class SecretRedaction
{
    /// <summary>Describes a secret by its public prefix (when it has one) and its length.</summary>
    public static string Describe(string publicPrefix, int length, bool spanish)
    {
        var count = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (spanish)
        {
            return publicPrefix.Length == 0 ? count + " caracteres" : "prefijo " + publicPrefix + ", " + count + " caracteres";
        }

        return publicPrefix.Length == 0 ? count + " characters" : "prefix " + publicPrefix + ", " + count + " characters";
    }
}
