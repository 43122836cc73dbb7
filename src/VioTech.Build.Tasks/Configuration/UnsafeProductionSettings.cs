using System;
using System.Collections.Generic;
using System.Linq;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// VIO4004: settings that are fine on a developer's machine but unsafe in a Production or Staging
/// settings file: Debug or Trace log levels, <c>AllowedHosts: "*"</c>, <c>DetailedErrors: true</c>,
/// Sentry's debug mode, and Kestrel endpoints that are all plain HTTP unless the service is
/// declared to run behind a TLS-terminating proxy.
/// </summary>
internal static class UnsafeProductionSettings
{
    private static readonly string[] CheckedEnvironments = { "Production", "Staging" };

    public static void Check(SettingsDocument document, bool behindTlsProxy, List<Finding> findings)
    {
        if (document.Environment is null || !CheckedEnvironments.Contains(document.Environment, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var httpEndpoints = new List<SettingEntry>();
        var hasHttps = false;
        foreach (var entry in document.Entries)
        {
            if (entry.Value is null)
            {
                continue;
            }

            var segments = entry.Key.Split(':');
            var value = entry.Value.Trim();
            if (IsLogLevel(segments) && (Is(value, "Debug") || Is(value, "Trace")))
            {
                findings.Add(Unsafe(document, entry, "VIO4004_VerboseLogLevel", value));
            }
            else if (IsSerilogLevel(segments) && (Is(value, "Debug") || Is(value, "Verbose")))
            {
                findings.Add(Unsafe(document, entry, "VIO4004_VerboseLogLevel", value));
            }
            else if (Is(entry.Key, "AllowedHosts") && value.Split(';').Any(host => host.Trim() == "*"))
            {
                findings.Add(Unsafe(document, entry, "VIO4004_AnyHost"));
            }
            else if (Is(entry.Key, "DetailedErrors") && Is(value, "true"))
            {
                findings.Add(Unsafe(document, entry, "VIO4004_DetailedErrors"));
            }
            else if (Is(entry.Key, "Sentry:Debug") && Is(value, "true"))
            {
                findings.Add(Unsafe(document, entry, "VIO4004_SentryDebug"));
            }
            else if (IsEndpointUrl(segments))
            {
                foreach (var url in value.Split(';').Select(part => part.Trim()))
                {
                    if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                    {
                        hasHttps = true;
                    }
                    else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !httpEndpoints.Contains(entry))
                    {
                        httpEndpoints.Add(entry);
                    }
                }
            }
        }

        if (!hasHttps && !behindTlsProxy)
        {
            findings.AddRange(httpEndpoints.Select(entry => Unsafe(document, entry, "VIO4004_HttpOnly")));
        }
    }

    // Logging:LogLevel:Default and Logging:Console:LogLevel:Microsoft alike.
    private static bool IsLogLevel(string[] segments) =>
        segments.Length >= 3 && Is(segments[0], "Logging") && Is(segments[segments.Length - 2], "LogLevel");

    // Serilog:MinimumLevel, Serilog:MinimumLevel:Default and Serilog:MinimumLevel:Override:Microsoft.
    private static bool IsSerilogLevel(string[] segments) =>
        segments.Length >= 2 && Is(segments[0], "Serilog") && Is(segments[1], "MinimumLevel")
        && (segments.Length == 2 || Is(segments[2], "Default") || (segments.Length == 4 && Is(segments[2], "Override")));

    // Kestrel:Endpoints:<name>:Url, or the host's Urls setting.
    private static bool IsEndpointUrl(string[] segments) =>
        (segments.Length == 4 && Is(segments[0], "Kestrel") && Is(segments[1], "Endpoints") && Is(segments[3], "Url"))
        || (segments.Length == 1 && Is(segments[0], "Urls"));

    private static bool Is(string text, string expected) => string.Equals(text, expected, StringComparison.OrdinalIgnoreCase);

    private static Finding Unsafe(SettingsDocument document, SettingEntry entry, string reason, params string[] args) =>
        new(RuleIds.UnsafeProductionSetting, document.Path, entry.Line, entry.Column,
            new[] { entry.Key, document.Environment!, TaskText.Reference(reason, args) });
}
