using System;
using System.Collections.Generic;
using System.Linq;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// Variables that the operating system, the .NET host, container runtimes, CI systems and the usual
/// platforms (Render, Railway, Fly.io, Heroku, Azure App Service, Kubernetes) set themselves, and the
/// OpenTelemetry SDK's standard variables. A service reads them without declaring them, so VIO4201 and
/// VIO4202 never report them. The option <c>viotech.known_environment_variables</c> adds names
/// (comma-separated; a trailing <c>*</c> matches a prefix).
/// </summary>
internal sealed class KnownEnvironmentVariables
{
    private static readonly string[] BuiltInNames =
    {
        "PATH", "HOME", "USER", "USERNAME", "USERPROFILE", "HOSTNAME", "COMPUTERNAME", "TEMP", "TMP", "TMPDIR",
        "PWD", "SHELL", "LANG", "TZ", "PORT", "CI", "APPDATA", "LOCALAPPDATA", "PROGRAMDATA",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "KUBERNETES_SERVICE_HOST", "KUBERNETES_SERVICE_PORT",
        "POD_NAME", "POD_NAMESPACE", "NODE_NAME", "DYNO", "RENDER",
    };

    private static readonly string[] BuiltInPrefixes =
    {
        "ASPNETCORE_", "DOTNET_", "NUGET_", "MSBUILD", "OTEL_", "WEBSITE_", "AZURE_FUNCTIONS_", "FUNCTIONS_",
        "RENDER_", "RAILWAY_", "FLY_", "HEROKU_", "VERCEL_", "GITHUB_", "RUNNER_", "BUILD_", "SYSTEM_", "AGENT_",
        "CONTAINER_", "ECS_CONTAINER_METADATA_", "AWS_LAMBDA_", "K_", "GOOGLE_CLOUD_",
    };

    private readonly HashSet<string> names;
    private readonly string[] prefixes;

    private KnownEnvironmentVariables(IEnumerable<string> names, IEnumerable<string> prefixes)
    {
        this.names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        this.prefixes = prefixes.ToArray();
    }

    /// <summary>Returns the built-in list plus the names of the option's value.</summary>
    public static KnownEnvironmentVariables Create(string? optionValue)
    {
        var extra = (optionValue ?? string.Empty)
            .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .ToList();
        return new KnownEnvironmentVariables(
            BuiltInNames.Concat(extra.Where(name => !name.EndsWith("*", StringComparison.Ordinal))),
            BuiltInPrefixes.Concat(extra.Where(name => name.EndsWith("*", StringComparison.Ordinal)).Select(name => name.TrimEnd('*'))));
    }

    public bool Contains(string name) =>
        names.Contains(name) || prefixes.Any(prefix => prefix.Length > 0 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
