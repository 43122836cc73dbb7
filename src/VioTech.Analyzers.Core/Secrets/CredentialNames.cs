using System;
using System.Collections.Generic;
using System.Text;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>
/// Word-level reading of identifiers, configuration keys and dictionary keys: whether a name says it
/// holds a credential, and which environment variable and configuration key should hold it instead.
/// </summary>
public static class CredentialNames
{
    /// <summary>Words that alone make a name a credential name.</summary>
    private static readonly HashSet<string> CredentialWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "credential",
        "accesskey", "secretkey", "privatekey", "clientsecret", "authtoken", "accesstoken", "refreshtoken",
        "signingkey", "encryptionkey", "masterkey", "subscriptionkey", "accountkey", "sharedkey",
    };

    /// <summary>Qualifiers that make "key" a credential word: apiKey, accessKey, privateKey …</summary>
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "secret", "private", "signing", "encryption", "master", "subscription", "account",
        "shared", "auth", "hmac", "jwt", "app", "client", "service", "integrity", "webhook",
    };

    /// <summary>Words that, with nothing else in a name, say what is held but not for which service.</summary>
    private static readonly HashSet<string> GenericCredentialParts = new(StringComparer.Ordinal)
    {
        "key", "api", "access", "private", "client", "auth", "signing", "encryption", "user", "admin",
    };

    /// <summary>Last words that make a credential name describe something else: passwordLabel, tokenUrl, secretName.</summary>
    private static readonly HashSet<string> DescriptiveLastWords = new(StringComparer.Ordinal)
    {
        "url", "uri", "endpoint", "path", "file", "filename", "name", "type", "kind", "length", "size",
        "count", "min", "max", "minimum", "maximum", "policy", "policies", "regex", "pattern", "label",
        "prompt", "hint", "message", "text", "placeholder", "format", "header", "field", "id", "ids",
        "expiry", "expiration", "expires", "lifetime", "timeout", "validator", "validation", "hash", "hashed",
        "provider", "handler", "service", "options", "settings", "config", "configuration", "section",
        "prefix", "suffix", "location", "store", "vault", "source", "version", "scheme", "mode", "enabled",
        "required", "error", "errors", "description", "title", "caption", "column", "property", "parameter",
        "param", "claim", "cookie", "query", "route", "input", "reference", "ref", "env", "variable", "var",
        "attempts", "changed", "reset", "strength", "rule", "rules", "requirement", "requirements", "issuer",
        "audience", "template", "view", "page", "action", "event", "changes", "display", "mask", "char",
        "character", "characters", "reminder", "confirmation", "salt", "position", "index", "date", "time",
        "at", "on", "by", "status", "state", "lock", "cache", "client", "manager", "factory", "generator",
        "encoding", "algorithm", "host", "port", "user", "username", "login", "account",
    };

    /// <summary>First words of boolean or flag names: isPasswordValid, hasToken, usePassword.</summary>
    private static readonly HashSet<string> FlagFirstWords = new(StringComparer.Ordinal)
    {
        "is", "has", "use", "uses", "enable", "enabled", "disable", "should", "can", "must", "allow", "require",
        "requires", "show", "hide", "validate", "check", "forgot", "reset", "change", "new", "confirm", "get", "set",
    };

    /// <summary>Splits an identifier, key path or environment variable name into lower-case words.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var previous = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var lowerToUpper = char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous));
                var acronymEnd = char.IsUpper(c) && char.IsUpper(previous) && char.IsLower(next);
                var letterDigit = char.IsDigit(c) != char.IsDigit(previous);
                if (lowerToUpper || acronymEnd || letterDigit)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    /// <summary>
    /// Returns the credential kind a name announces ("password", "token", "api key" …), or null when
    /// the name does not hold a credential. <paramref name="extraWords"/> are user-configured words.
    /// </summary>
    public static CredentialKind? KindOf(string name, IReadOnlyCollection<string>? extraWords = null)
    {
        var words = Words(name);
        if (words.Count == 0 || words.Count > 8)
        {
            return null;
        }

        if (FlagFirstWords.Contains(words[0]) && words.Count > 1)
        {
            return null;
        }

        var last = words[words.Count - 1];
        if (DescriptiveLastWords.Contains(last) && words.Count > 1)
        {
            return null;
        }

        CredentialKind? kind = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var pair = i + 1 < words.Count ? word + words[i + 1] : null;
            var found = Classify(word)
                ?? (pair is not null && CredentialWords.Contains(pair) ? Classify(pair) : null)
                ?? (word == "key" && kind is null && i > 0 && KeyQualifiers.Contains(words[i - 1]) ? (CredentialKind?)CredentialKind.Key : null)
                ?? (extraWords is not null && Contains(extraWords, word) ? (CredentialKind?)CredentialKind.Credential : null);
            if (found is not null)
            {
                kind = found;
            }
        }

        // "passwordKey" and "tokenKey" name the key under which a password or token is stored.
        if (last == "key" && words.Count > 1 && words[words.Count - 2] is "password" or "token" or "pwd")
        {
            return null;
        }

        return kind;
    }

    /// <summary>Decides whether a word belongs to the vocabulary of credential names (including "key" and "api").</summary>
    internal static bool IsVocabularyWord(string word) =>
        CredentialWords.Contains(word) || KeyQualifiers.Contains(word) || word is "key" or "keys" or "pass" or "my" or "the"
            or "your" or "new" or "old" or "default" or "user" or "admin" or "db" or "database" or "test" or "dev";

    /// <summary>
    /// Derives the conventional environment variable and configuration key for a credential held by
    /// <paramref name="name"/>, qualified by <paramref name="qualifier"/> (such as the containing
    /// type's name) when the name alone has no context: <c>Password</c> in <c>SmtpOptions</c> gives
    /// <c>SMTP_PASSWORD</c> and <c>Smtp:Password</c>.
    /// </summary>
    public static (string EnvironmentVariableName, string ConfigurationKey) Conventional(string name, string? qualifier)
    {
        var words = new List<string>(Words(name));
        if (words.Count > 0 && words[0] is "s" or "m" or "k" or "c")
        {
            words.RemoveAt(0);
        }

        var qualifierWords = StripTypeSuffixes(qualifier is null ? new List<string>() : new List<string>(Words(qualifier)));
        var nameIsOnlyCredential = words.TrueForAll(word => CredentialWords.Contains(word) || GenericCredentialParts.Contains(word));
        if (nameIsOnlyCredential && qualifierWords.Count > 0)
        {
            words.InsertRange(0, qualifierWords);
        }

        if (words.Count == 0)
        {
            words.Add("secret");
        }

        var environment = string.Join("_", words).ToUpperInvariant();
        var keepTogether = words.Count == 1
            || CredentialWords.Contains(words[0])
            || CredentialWords.Contains(words[0] + words[1]);
        var configuration = keepTogether
            ? Pascal(words)
            : Pascal(words.GetRange(0, 1)) + ":" + Pascal(words.GetRange(1, words.Count - 1));
        return (environment, configuration);
    }

    private static CredentialKind? Classify(string word) => word switch
    {
        "password" or "passwd" or "pwd" or "passphrase" => CredentialKind.Password,
        "token" or "authtoken" or "accesstoken" or "refreshtoken" => CredentialKind.Token,
        "apikey" or "accesskey" or "subscriptionkey" or "accountkey" or "sharedkey" => CredentialKind.ApiKey,
        "privatekey" or "signingkey" or "encryptionkey" or "masterkey" or "secretkey" => CredentialKind.Key,
        "secret" or "clientsecret" => CredentialKind.Secret,
        "credential" => CredentialKind.Credential,
        _ => null,
    };

    private static bool Contains(IReadOnlyCollection<string> words, string word)
    {
        foreach (var candidate in words)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> StripTypeSuffixes(List<string> words)
    {
        while (words.Count > 0 && words[words.Count - 1] is "options" or "settings" or "configuration" or "config"
            or "client" or "service" or "provider" or "handler" or "controller" or "repository" or "sender"
            or "factory" or "extensions" or "program" or "startup" or "constants" or "secrets" or "keys")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }

    private static string Pascal(List<string> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return text.ToString();
    }
}

/// <summary>What a credential name says it holds.</summary>
public enum CredentialKind
{
    Password,
    Token,
    ApiKey,
    Key,
    Secret,
    Credential,
}
