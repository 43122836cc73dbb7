using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// The value formats a manifest variable may declare: <c>url</c>, <c>https-url</c>,
/// <c>postgres-url</c>, <c>email</c>, <c>int</c>, <c>bool</c>, <c>jwt-secret</c> and
/// <c>regex:&lt;pattern&gt;</c>. Results describe the failure without the value, which may be secret.
/// </summary>
internal static class ValueFormats
{
    /// <summary>Time a manifest's regular expression may take on one value; a longer match is reported, not waited for.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Minimum bytes of an HMAC-SHA256 signing key (256 bits), which <c>jwt-secret</c> requires.</summary>
    public const int JwtSecretMinBytes = 32;

    private const string RegexPrefix = "regex:";

    /// <summary>Returns a VIO4101 detail (a resource reference) when <paramref name="format"/> is not a known format or its pattern does not compile; null when valid.</summary>
    public static string? Validate(string format)
    {
        if (format is "url" or "https-url" or "postgres-url" or "email" or "int" or "bool" or "jwt-secret")
        {
            return null;
        }

        if (!format.StartsWith(RegexPrefix, StringComparison.Ordinal))
        {
            return TaskText.Reference("VIO4101_UnknownFormat", format);
        }

        try
        {
            _ = new Regex(format.Substring(RegexPrefix.Length), RegexOptions.CultureInvariant, RegexTimeout);
            return null;
        }
        catch (ArgumentException exception)
        {
            return TaskText.Reference("VIO4101_BadRegex", exception.Message.TrimEnd('.'));
        }
    }

    /// <summary>Returns a VIO4105 detail (a resource reference) when <paramref name="value"/> breaks the variable's constraints; null when it passes.</summary>
    public static string? Check(ManifestVariable variable, string value)
    {
        if (variable.MinLength is { } minimum && value.Length < minimum)
        {
            return TaskText.Reference("VIO4105_TooShort", minimum.ToString(CultureInfo.InvariantCulture), value.Length.ToString(CultureInfo.InvariantCulture));
        }

        if (variable.AllowedValues is { } allowed && Array.IndexOf(System.Linq.Enumerable.ToArray(allowed), value) < 0)
        {
            return TaskText.Reference("VIO4105_NotAllowed", string.Join(", ", allowed));
        }

        if (variable.Format is null || Matches(variable.Format, value, out var timedOut))
        {
            return null;
        }

        return timedOut
            ? TaskText.Reference("VIO4105_RegexTimeout", ((int)RegexTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture))
            : TaskText.Reference("VIO4105_BadFormat", variable.Format.StartsWith(RegexPrefix, StringComparison.Ordinal) ? "regex" : variable.Format);
    }

    /// <summary>Returns whether a value has the format; a regular expression that times out counts as not matching.</summary>
    public static bool Matches(string format, string value, out bool timedOut)
    {
        timedOut = false;
        switch (format)
        {
            case "url":
                return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Host.Length > 0;
            case "https-url":
                return Uri.TryCreate(value, UriKind.Absolute, out var https) && https.Scheme == "https" && https.Host.Length > 0;
            case "postgres-url":
                return Uri.TryCreate(value, UriKind.Absolute, out var postgres) && postgres.Scheme is "postgres" or "postgresql" && postgres.Host.Length > 0;
            case "email":
                return IsEmail(value);
            case "int":
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            case "bool":
                // The configuration binder accepts what bool.Parse accepts.
                return bool.TryParse(value, out _);
            case "jwt-secret":
                return Encoding.UTF8.GetByteCount(value) >= JwtSecretMinBytes && !Placeholders.IsPlaceholder(value);
        }

        if (!format.StartsWith(RegexPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(value, format.Substring(RegexPrefix.Length), RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            timedOut = true;
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        foreach (var character in value)
        {
            if (char.IsWhiteSpace(character))
            {
                return false;
            }
        }

        var domain = value.Substring(at + 1);
        return domain.IndexOf('.') > 0 && !domain.EndsWith(".", StringComparison.Ordinal);
    }
}
