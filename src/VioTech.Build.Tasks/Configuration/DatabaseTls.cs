using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// VIO4006: a PostgreSQL connection to a remote host that does not require TLS. Reads Npgsql
/// keyword strings (<c>Host=…;SSL Mode=…</c>) and <c>postgres://</c> URLs (<c>?sslmode=…</c>).
/// A missing mode counts as unsafe because Npgsql and libpq then default to <c>Prefer</c>, which
/// falls back to plain text when the server offers no TLS; <c>Disable</c>, <c>Allow</c> and
/// <c>Prefer</c> are reported too. Local hosts are not reported: <c>localhost</c>, loopback and
/// private addresses, <c>host.docker.internal</c>, <c>*.local</c>, <c>*.internal</c>, and
/// single-label names such as a Compose service <c>db</c>.
/// </summary>
internal static class DatabaseTls
{
    private static readonly string[] SafeModes = { "require", "verifyca", "verify-ca", "verifyfull", "verify-full" };

    /// <summary>Adds a finding when <paramref name="value"/> is an unsafe connection; the host is named, the credentials never are.</summary>
    public static void Check(string file, int line, int column, string? value, List<Finding> findings)
    {
        if (value is null || value.IndexOf("${", StringComparison.Ordinal) >= 0)
        {
            return;
        }

        var text = value.Trim();
        string? host;
        string? mode;
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            (host, mode) = ParseUrl(text);
        }
        else if (!TryParseKeywords(text, out host, out mode))
        {
            return;
        }

        if (host is null || !IsRemote(host))
        {
            return;
        }

        if (mode is null)
        {
            findings.Add(new Finding(RuleIds.DatabaseConnectionWithoutTls, file, line, column, new[] { host, TaskText.Reference("VIO4006_ModeMissing") }));
        }
        else if (!SafeModes.Contains(mode.Replace(" ", string.Empty).ToLowerInvariant(), StringComparer.Ordinal))
        {
            findings.Add(new Finding(RuleIds.DatabaseConnectionWithoutTls, file, line, column, new[] { host, TaskText.Reference("VIO4006_ModeUnsafe", mode) }));
        }
    }

    private static (string? Host, string? Mode) ParseUrl(string url)
    {
        var rest = url.Substring(url.IndexOf("://", StringComparison.Ordinal) + 3);
        var query = rest.IndexOf('?');
        var authority = query >= 0 ? rest.Substring(0, query) : rest;
        var slash = authority.IndexOf('/');
        if (slash >= 0)
        {
            authority = authority.Substring(0, slash);
        }

        var at = authority.LastIndexOf('@');
        var hostPort = at >= 0 ? authority.Substring(at + 1) : authority;
        var host = hostPort.StartsWith("[", StringComparison.Ordinal)
            ? hostPort.Substring(1, Math.Max(0, hostPort.IndexOf(']') - 1))
            : hostPort.Split(':', ',')[0];

        string? mode = null;
        if (query >= 0)
        {
            foreach (var pair in rest.Substring(query + 1).Split('&'))
            {
                var equals = pair.IndexOf('=');
                if (equals > 0 && string.Equals(pair.Substring(0, equals), "sslmode", StringComparison.OrdinalIgnoreCase))
                {
                    mode = Uri.UnescapeDataString(pair.Substring(equals + 1));
                }
            }
        }

        return (host.Length == 0 ? null : host, mode);
    }

    private static bool TryParseKeywords(string text, out string? host, out string? mode)
    {
        host = null;
        mode = null;
        var hasHostKeyword = false;
        var hasNpgsqlKeyword = false;
        var hasDatabase = false;
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = part.Substring(0, equals).Replace(" ", string.Empty).ToLowerInvariant();
            var value = part.Substring(equals + 1).Trim();
            switch (key)
            {
                case "host":
                    hasHostKeyword = true;
                    host = value.Split(',')[0].Split(':')[0].Trim();
                    break;
                case "server":
                    host = value.Split(',')[0].Split(':')[0].Trim();
                    break;
                case "sslmode":
                    mode = value;
                    hasNpgsqlKeyword = true;
                    break;
                case "username":
                case "port":
                    hasNpgsqlKeyword = true;
                    break;
                case "database":
                    hasDatabase = true;
                    break;
            }
        }

        // Npgsql strings use Host=; SQL Server strings use Server= and never Username=, Port= or SSL Mode=.
        return host is not null && (hasDatabase || hasHostKeyword) && (hasHostKeyword || hasNpgsqlKeyword);
    }

    /// <summary>
    /// Returns whether <paramref name="value"/> is a PostgreSQL URL or Npgsql keyword string, and
    /// if so whether it carries a password that is not a placeholder.
    /// </summary>
    public static bool TryGetPassword(string value, out bool hasPassword)
    {
        hasPassword = false;
        var text = value.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = text.Substring(text.IndexOf("://", StringComparison.Ordinal) + 3);
            var end = rest.IndexOfAny(new[] { '/', '?' });
            var authority = end >= 0 ? rest.Substring(0, end) : rest;
            var at = authority.LastIndexOf('@');
            var userInfo = at >= 0 ? authority.Substring(0, at) : string.Empty;
            var colon = userInfo.IndexOf(':');
            hasPassword = colon >= 0 && !Placeholders.IsPlaceholder(Uri.UnescapeDataString(userInfo.Substring(colon + 1)));
            return true;
        }

        if (!TryParseKeywords(text, out _, out _))
        {
            return false;
        }

        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && part.Substring(0, equals).Replace(" ", string.Empty).ToLowerInvariant() is "password" or "pwd"
                && !Placeholders.IsPlaceholder(part.Substring(equals + 1)))
            {
                hasPassword = true;
            }
        }

        return true;
    }

    internal static bool IsRemote(string host)
    {
        var name = host.Trim().ToLowerInvariant();
        if (name is "localhost" or "host.docker.internal" or "::1" || name.StartsWith("127.", StringComparison.Ordinal)
            || name.EndsWith(".local", StringComparison.Ordinal) || name.EndsWith(".internal", StringComparison.Ordinal)
            || name.EndsWith(".localhost", StringComparison.Ordinal) || name.StartsWith("/", StringComparison.Ordinal))
        {
            return false;
        }

        var octets = name.Split('.');
        if (octets.Length == 4 && octets.All(octet => byte.TryParse(octet, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var first = byte.Parse(octets[0], CultureInfo.InvariantCulture);
            var second = byte.Parse(octets[1], CultureInfo.InvariantCulture);
            return !(first == 10 || (first == 172 && second is >= 16 and <= 31) || (first == 192 && second == 168));
        }

        // A single-label name resolves on the local network (a Compose service, a Kubernetes service in the same namespace).
        return name.IndexOf('.') >= 0 || name.IndexOf(':') >= 0;
    }
}
