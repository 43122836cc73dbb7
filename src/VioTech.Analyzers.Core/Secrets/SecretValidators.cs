using System;
using System.Text;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>Structural checks shared by the provider rules and the generic detector.</summary>
public static class SecretValidators
{
    /// <summary>Digits, then upper-case, then lower-case letters: the base62 alphabet of GitHub and npm token checksums.</summary>
    internal const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly Regex RoleClaim = new(
        "\"role\"\\s*:\\s*\"(?<role>[^\"]*)\"",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        SecretRule.MatchTimeout);

    private static readonly uint[] Crc32Table = BuildCrc32Table();

    /// <summary>Returns the Shannon entropy of the text in bits per character.</summary>
    public static double ShannonEntropy(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var counts = new System.Collections.Generic.Dictionary<char, int>();
        foreach (var c in text)
        {
            counts.TryGetValue(c, out var count);
            counts[c] = count + 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    /// <summary>Counts the character classes (lower-case, upper-case, digit, other) present in the text.</summary>
    public static int CharacterClasses(string text)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in text)
        {
            if (c >= 'a' && c <= 'z')
            {
                lower = true;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                upper = true;
            }
            else if (c >= '0' && c <= '9')
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /// <summary>
    /// Decides whether a random part looks generated rather than typed: enough entropy for its length,
    /// no run of one character longer than a quarter of it, and not a known documentation example.
    /// </summary>
    public static bool LooksRandom(string randomPart, double minimumEntropy)
    {
        if (randomPart.Length == 0 || ShannonEntropy(randomPart) < minimumEntropy)
        {
            return false;
        }

        var run = 1;
        for (var i = 1; i < randomPart.Length; i++)
        {
            run = randomPart[i] == randomPart[i - 1] ? run + 1 : 1;
            if (run > Math.Max(3, randomPart.Length / 4))
            {
                return false;
            }
        }

        return randomPart.IndexOf("EXAMPLE", StringComparison.OrdinalIgnoreCase) < 0
            && randomPart.IndexOf("XXXXXX", StringComparison.OrdinalIgnoreCase) < 0
            && randomPart.IndexOf("abcdefgh", StringComparison.OrdinalIgnoreCase) < 0
            && randomPart.IndexOf("12345678", StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// Checks the checksum of a GitHub (<c>ghp_</c>, <c>gho_</c>, …) or npm (<c>npm_</c>) token: the
    /// last six characters are the base62 encoding of the CRC32 of the 30 characters between the
    /// prefix and the checksum.
    /// </summary>
    public static bool HasValidBase62Crc32(string token, int prefixLength)
    {
        if (token.Length < prefixLength + 7)
        {
            return false;
        }

        var payload = token.Substring(prefixLength, token.Length - prefixLength - 6);
        var checksum = token.Substring(token.Length - 6);
        return TryDecodeBase62(checksum, out var value) && value == Crc32(Encoding.ASCII.GetBytes(payload));
    }

    /// <summary>Computes the CRC32 (IEEE 802.3, as in zlib) of the bytes.</summary>
    public static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = Crc32Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>Encodes a number in base62, left-padded with zeros to <paramref name="width"/> characters.</summary>
    public static string EncodeBase62(ulong value, int width)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, Base62Alphabet[(int)(value % 62)]);
            value /= 62;
        }
        while (value > 0);

        return text.ToString().PadLeft(width, '0');
    }

    /// <summary>
    /// Decodes the payload (second part) of a JWT and returns its <c>role</c> claim, or null when the
    /// text is not a JWT or has no such claim.
    /// </summary>
    public static string? JwtRole(string jwt)
    {
        var payload = DecodeJwtPart(jwt, 1);
        if (payload is null)
        {
            return null;
        }

        try
        {
            var match = RoleClaim.Match(payload);
            return match.Success ? match.Groups["role"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Decodes one dot-separated base64url part of a JWT to text, or returns null.</summary>
    public static string? DecodeJwtPart(string jwt, int index)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 || index < 0 || index > 2)
        {
            return null;
        }

        var bytes = DecodeBase64Url(parts[index]);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Decodes base64url (or standard base64) without padding, or returns null when the text is not base64.</summary>
    public static byte[]? DecodeBase64Url(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        switch (standard.Length % 4)
        {
            case 2:
                standard += "==";
                break;
            case 3:
                standard += "=";
                break;
            case 1:
                return null;
        }

        try
        {
            return Convert.FromBase64String(standard);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool TryDecodeBase62(string text, out ulong value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = Base62Alphabet.IndexOf(c);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 62) + (ulong)digit;
        }

        return true;
    }

    private static uint[] BuildCrc32Table()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
