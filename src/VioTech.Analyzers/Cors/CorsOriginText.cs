using System;
using System.Globalization;
using System.Net;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// Parses an origin written in <c>WithOrigins</c>. A browser's <c>Origin</c> header is exactly
/// <c>scheme://host[:port]</c>, lower case, without a default port, path, query or trailing slash,
/// and CORS compares it with each configured origin as a whole string.
/// </summary>
internal readonly struct CorsOriginText
{
    private CorsOriginText(string scheme, string host, string? port, bool canNeverMatch, bool hasWildcard)
    {
        Scheme = scheme;
        Host = host;
        Port = port;
        CanNeverMatch = canNeverMatch;
        HasWildcard = hasWildcard;
    }

    public string Scheme { get; }

    public string Host { get; }

    public string? Port { get; }

    /// <summary>True when no browser origin can ever equal the text.</summary>
    public bool CanNeverMatch { get; }

    /// <summary>True when the host starts with a <c>*.</c> wildcard label, valid only with <c>SetIsOriginAllowedToAllowWildcardSubdomains()</c>.</summary>
    public bool HasWildcard { get; }

    /// <summary>The <c>scheme://host[:port]</c> form that browsers send, or null when the text has no usable scheme and host.</summary>
    public string? Normalized =>
        Scheme.Length == 0 || Host.Length == 0 || Host.IndexOf('*') >= 0 && !HasWildcard
            ? null
            : Scheme + "://" + Host + (Port is null ? string.Empty : ":" + Port);

    /// <summary>True for localhost, the 127.0.0.0/8 range and [::1].</summary>
    public bool IsLoopback =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public static CorsOriginText Parse(string text)
    {
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return new CorsOriginText(string.Empty, string.Empty, null, canNeverMatch: true, hasWildcard: false);
        }

        var scheme = text.Substring(0, separator).ToLowerInvariant();
        var rest = text.Substring(separator + 3);
        var authorityEnd = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = authorityEnd < 0 ? rest : rest.Substring(0, authorityEnd);
        var hasTail = authorityEnd >= 0;

        string host = authority;
        string? port = null;
        var colon = authority.LastIndexOf(':');
        if (colon > 0 && colon > authority.LastIndexOf(']'))
        {
            host = authority.Substring(0, colon);
            port = authority.Substring(colon + 1);
        }

        host = host.ToLowerInvariant();
        var isDefaultPort = port is not null
            && ((scheme == "https" && port == "443") || (scheme == "http" && port == "80"));
        var badPort = port is not null && (port.Length == 0 || !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (isDefaultPort || badPort)
        {
            port = null;
        }

        var firstStar = host.IndexOf('*');
        var hasWildcard = host.StartsWith("*.", StringComparison.Ordinal) && host.IndexOf('*', 1) < 0;
        var misplacedWildcard = firstStar >= 0 && !hasWildcard;
        var canNeverMatch = hasTail || host.Length == 0 || isDefaultPort || badPort || misplacedWildcard;
        return new CorsOriginText(scheme, host, port, canNeverMatch, hasWildcard);
    }
}
