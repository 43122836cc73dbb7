using System.Collections.Generic;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>
/// The generic detector: a literal value held by a name that says it is a credential
/// (<c>password</c>, <c>clientSecret</c>, <c>Jwt:Secret</c>), filtered by placeholders, entropy
/// and the provider rules (a provider credential is the scanner's to report).
/// </summary>
public static class CredentialDetector
{
    /// <summary>Shortest value accepted for a password; other credentials need <see cref="MinimumKeyLength"/>.</summary>
    public const int MinimumPasswordLength = 6;

    public const int MinimumKeyLength = 8;

    /// <summary>
    /// Returns a finding when <paramref name="value"/>, held by <paramref name="name"/>, looks like a
    /// real hard-coded credential; otherwise null. <paramref name="extraWords"/> are additional
    /// credential words from the user's configuration.
    /// </summary>
    public static CredentialFinding? Evaluate(string? name, string? value, IReadOnlyCollection<string>? extraWords = null)
    {
        if (name is null || value is null)
        {
            return null;
        }

        var kind = CredentialNames.KindOf(name, extraWords);
        if (kind is null)
        {
            return null;
        }

        var text = value.Trim();
        var minimumLength = kind == CredentialKind.Password ? MinimumPasswordLength : MinimumKeyLength;
        if (text.Length < minimumLength || text.Length > 4096)
        {
            return null;
        }

        if (SecretPlaceholders.IsNonSecretText(text)
            || SecretScanner.IsKnownPublicValue(text)
            || SecretScanner.Scan(text).Count > 0
            || IsOnlyVocabulary(text, name))
        {
            return null;
        }

        var entropy = SecretValidators.ShannonEntropy(text);
        var classes = SecretValidators.CharacterClasses(text);
        var strongEnough = kind == CredentialKind.Password
            ? entropy >= 2.5 && (classes >= 2 || text.Length >= 12)
            : entropy >= 3.0 && (classes >= 2 || text.Length >= 16);
        return strongEnough ? new CredentialFinding(name, kind.Value, text.Length) : null;
    }

    /// <summary>Values made only of credential words, digits and the name itself: "password", "api_key", "Password1".</summary>
    private static bool IsOnlyVocabulary(string value, string name)
    {
        var words = CredentialNames.Words(value);
        var nameWords = CredentialNames.Words(name);
        foreach (var word in words)
        {
            var isNumber = true;
            foreach (var c in word)
            {
                isNumber &= char.IsDigit(c);
            }

            if (!isNumber && !CredentialNames.IsVocabularyWord(word) && !Contains(nameWords, word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        foreach (var candidate in words)
        {
            if (candidate == word)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A hard-coded credential found by <see cref="CredentialDetector"/>; holds the name and length, never the value.</summary>
public sealed class CredentialFinding
{
    internal CredentialFinding(string name, CredentialKind kind, int length)
    {
        Name = name;
        Kind = kind;
        Length = length;
    }

    /// <summary>The name that holds the value: identifier, dictionary key or configuration key.</summary>
    public string Name { get; }

    public CredentialKind Kind { get; }

    public int Length { get; }

    /// <summary>English noun phrase, such as "a password".</summary>
    public string KindText => Kind switch
    {
        CredentialKind.Password => "a password",
        CredentialKind.Token => "a token",
        CredentialKind.ApiKey => "an API key",
        CredentialKind.Key => "a secret key",
        CredentialKind.Secret => "a secret",
        _ => "a credential",
    };

    /// <summary>Spanish noun phrase, such as "una contraseña".</summary>
    public string KindTextSpanish => Kind switch
    {
        CredentialKind.Password => "una contraseña",
        CredentialKind.Token => "un token",
        CredentialKind.ApiKey => "una clave de API",
        CredentialKind.Key => "una clave secreta",
        CredentialKind.Secret => "un secreto",
        _ => "una credencial",
    };

    public string Redacted => SecretRedaction.Describe(string.Empty, Length, spanish: false);

    public string RedactedSpanish => SecretRedaction.Describe(string.Empty, Length, spanish: true);
}
