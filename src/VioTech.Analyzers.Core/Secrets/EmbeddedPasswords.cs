using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>Where a password sits in a connection string or URI.</summary>
public enum EmbeddedPasswordForm
{
    /// <summary>A <c>Password=</c> or <c>Pwd=</c> key of a <c>key=value;</c> connection string.</summary>
    ConnectionStringKey,

    /// <summary>The user information of a URI: <c>scheme://user:password@host</c>.</summary>
    UriUserInfo,
}

/// <summary>A password written inside a connection string or URI; holds its position and length, never the value.</summary>
public sealed class EmbeddedPassword
{
    internal EmbeddedPassword(EmbeddedPasswordForm form, string scheme, int start, int length)
    {
        Form = form;
        Scheme = scheme;
        Start = start;
        Length = length;
    }

    public EmbeddedPasswordForm Form { get; }

    /// <summary>The URI scheme (<c>postgresql</c>), or the connection string key (<c>Password</c>).</summary>
    public string Scheme { get; }

    /// <summary>Offset of the password in the scanned text.</summary>
    public int Start { get; }

    public int Length { get; }
}

/// <summary>
/// Finds passwords embedded in connection strings (<c>Password=…;</c>, <c>Pwd=…;</c>) and in URIs
/// (<c>postgresql://user:password@host</c>). Placeholders, substitutions, local development
/// hosts and Sentry DSNs are skipped.
/// </summary>
public static class EmbeddedPasswords
{
    private static readonly Regex KeyValue = new(
        @"(?<=^|[;\s""'])(?<key>(?i:password|pwd))\s*=\s*(?<value>'[^']*'|""[^""]*""|[^;""']*)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly Regex OtherConnectionKey = new(
        @"(?i)(?<=^|[;\s""'])(?:server|host|data source|datasource|address|addr|user id|userid|uid|username|user|database|initial catalog|port|endpoint)\s*=",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly Regex HostKey = new(
        @"(?i)(?<=^|[;\s""'])(?:server|host|data source|datasource|address|addr)\s*=\s*(?<host>[^;""']*)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    private static readonly Regex UserInfo = new(
        @"(?<scheme>[A-Za-z][A-Za-z0-9+.-]{1,20})://(?<user>[^:@/\s""'?#]{1,128}):(?<password>[^@/\s""'?#]{1,256})@(?<host>[^/\s""'?#:,;]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, SecretRule.MatchTimeout);

    /// <summary>Character that callers put in place of an interpolation hole; a value containing it is not literal.</summary>
    public const char HoleMarker = '\u0001';

    /// <summary>Returns the embedded passwords in <paramref name="text"/>, ordered by position.</summary>
    public static IReadOnlyList<EmbeddedPassword> Find(string? text)
    {
        var found = new List<EmbeddedPassword>();
        if (text is null || text.Length < 8)
        {
            return found;
        }

        try
        {
            if (text.IndexOf('=') >= 0 && text.IndexOf(';') >= 0 && OtherConnectionKey.IsMatch(text) && !IsLocalConnectionString(text))
            {
                for (var match = KeyValue.Match(text); match.Success; match = match.NextMatch())
                {
                    var value = match.Groups["value"];
                    var (start, length) = Unquote(value.Index, value.Length, text);
                    if (IsLiteralPassword(text.Substring(start, length)))
                    {
                        found.Add(new EmbeddedPassword(EmbeddedPasswordForm.ConnectionStringKey, match.Groups["key"].Value, start, length));
                    }
                }
            }

            if (text.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                for (var match = UserInfo.Match(text); match.Success; match = match.NextMatch())
                {
                    var password = match.Groups["password"];
                    if (IsLiteralPassword(password.Value)
                        && !IsLocalHost(match.Groups["host"].Value)
                        && !SecretScanner.IsSentryDsn(match.Value))
                    {
                        found.Add(new EmbeddedPassword(EmbeddedPasswordForm.UriUserInfo, match.Groups["scheme"].Value, password.Index, password.Length));
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input: report what was found before the timeout.
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Decides whether a host name is the developer's own machine.</summary>
    public static bool IsLocalHost(string host)
    {
        var name = host.Trim().Trim('[', ']').ToLowerInvariant();
        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            name = name.Substring(0, comma);
        }

        var colon = name.LastIndexOf(':');
        if (colon > 0 && name.IndexOf(':') == colon)
        {
            name = name.Substring(0, colon);
        }

        return name is "localhost" or "127.0.0.1" or "::1" or "." or "(local)" or "host.docker.internal"
            || name.StartsWith("(localdb)", StringComparison.Ordinal)
            || name.StartsWith("tcp:localhost", StringComparison.Ordinal)
            || name.StartsWith("localhost\\", StringComparison.Ordinal)
            || name.StartsWith(".\\", StringComparison.Ordinal)
            || name.EndsWith(".localhost", StringComparison.Ordinal);
    }

    private static bool IsLocalConnectionString(string text)
    {
        var host = HostKey.Match(text);
        return host.Success && IsLocalHost(host.Groups["host"].Value);
    }

    private static bool IsLiteralPassword(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text.IndexOf(HoleMarker) >= 0)
        {
            return false;
        }

        // A format item or an interpolation ("{0}", "{password}") and substitutions ("$DB_PASSWORD") are not literal.
        if (text[0] is '{' or '$' or '%' or '<' or '#' or '@' || SecretPlaceholders.IsPlaceholder(text))
        {
            return false;
        }

        var words = CredentialNames.Words(text);
        return !(words.Count == 1 && CredentialNames.IsVocabularyWord(words[0]));
    }

    private static (int Start, int Length) Unquote(int start, int length, string text)
    {
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }

        if (length >= 2 && (text[start] == '\'' || text[start] == '"') && text[start + length - 1] == text[start])
        {
            return (start + 1, length - 2);
        }

        return (start, length);
    }
}
