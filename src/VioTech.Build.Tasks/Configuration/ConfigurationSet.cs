using System;
using System.Collections.Generic;
using System.Linq;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>Every input of one project's validation, parsed: settings files, <c>.env</c> files, deployment services and the manifest.</summary>
internal sealed class ConfigurationSet
{
    public List<SettingsDocument> Settings { get; } = new();

    public List<EnvFile> EnvFiles { get; } = new();

    public List<DeploymentService> Services { get; } = new();

    public EnvironmentManifest? Manifest { get; set; }

    /// <summary>Environments that some input names: settings and <c>.env</c> file names, deployment services.</summary>
    public IReadOnlyList<string> DiscoveredEnvironments() =>
        Settings.Select(document => document.Environment)
            .Concat(EnvFiles.Select(file => file.Environment))
            .Concat(Services.Select(service => (string?)service.Environment))
            .Where(environment => environment is not null)
            .Select(environment => environment!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Returns whether a <c>.env</c> or deployment key sets the variable: by its name, or by its configuration key written with <c>__</c>.</summary>
    public static bool KeySets(string key, ManifestVariable variable) =>
        string.Equals(key, variable.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(ManifestVariable.ConfigKeyOf(key), variable.ConfigKey, StringComparison.OrdinalIgnoreCase);

    public static bool SameEnvironment(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
