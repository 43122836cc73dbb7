using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Writes the configuration index (<see cref="ConfigurationIndex"/>) that the code and configuration
/// analyzers (VIO4201–VIO4203) read as an additional file. It reports nothing: problems in the files
/// are the validation task's findings, and a file that cannot be parsed simply adds no keys. Secret
/// values never enter the index, only their length.
/// </summary>
public sealed class WriteConfigurationIndex : VioTechTask
{
    /// <summary><c>appsettings.json</c> and <c>appsettings.*.json</c> files; optional <c>Environment</c> metadata.</summary>
    public ITaskItem[] SettingsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>.env</c> files; the variables they set count as sources of configuration keys.</summary>
    public ITaskItem[] EnvFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Environment manifests (<c>viotech.env.json</c>); the first one that exists is used.</summary>
    public ITaskItem[] ManifestFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>render.yaml</c> and Compose files; the variables their services set count as sources.</summary>
    public ITaskItem[] DeploymentFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where to write the index (under <c>obj/</c>).</summary>
    [Required]
    public string IndexFile { get; set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var ignored = new List<Finding>();
        var set = TaskInputs.LoadConfigurationSet(SettingsFiles, EnvFiles, DeploymentFiles, ManifestFiles, nameof(WriteConfigurationIndex), ignored);
        AtomicFile.WriteAllText(IndexFile, Build(set));
    }

    /// <summary>Returns the text of the index for a parsed set of inputs.</summary>
    internal static string Build(ConfigurationSet set)
    {
        var manifest = set.Manifest;
        var secretKeys = new HashSet<string>(
            manifest?.Variables.Where(variable => variable.Secret).Select(variable => variable.ConfigKey) ?? Enumerable.Empty<string>(),
            StringComparer.OrdinalIgnoreCase);

        var files = set.Settings.Select((document, number) => new IndexedFile(number, document.Path, document.Environment)).ToList();
        var settings = new List<IndexedSetting>();
        for (var number = 0; number < set.Settings.Count; number++)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in set.Settings[number].Entries)
            {
                // The provider keeps the last of duplicate keys; VIO4003 reports them, the index keeps the first.
                if (seen.Add(entry.Key))
                {
                    settings.Add(ToIndexed(files[number], entry, secretKeys));
                }
            }
        }

        var environments = (manifest?.Environments ?? Enumerable.Empty<string>())
            .Concat(set.DiscoveredEnvironments())
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var variables = manifest?.Variables.Select(variable => new IndexedVariable(variable.Name, variable.ConfigKey, variable.Secret))
            ?? Enumerable.Empty<IndexedVariable>();
        var sources = set.EnvFiles.SelectMany(file => file.Entries.Select(entry => entry.Key))
            .Concat(set.Services.SelectMany(service => service.Variables.Select(variable => variable.Key)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(name => name, StringComparer.Ordinal);
        return ConfigurationIndex.Write(manifest?.Path, environments, files, settings, variables, sources);
    }

    private static IndexedSetting ToIndexed(IndexedFile file, SettingEntry entry, HashSet<string> secretKeys)
    {
        var (kind, value) = Classify(entry, secretKeys);
        return new IndexedSetting(file, entry.ValueLine, entry.ValueColumn, kind, entry.Key, value);
    }

    private static (SettingKind Kind, string Value) Classify(SettingEntry entry, HashSet<string> secretKeys)
    {
        if (entry.Value is null)
        {
            return (SettingKind.Null, string.Empty);
        }

        if (!entry.IsString)
        {
            // The reader stores JSON booleans as the provider does: "True" and "False".
            return entry.Value switch
            {
                "True" => (SettingKind.True, string.Empty),
                "False" => (SettingKind.False, string.Empty),
                _ => (SettingKind.Number, entry.Value),
            };
        }

        return IsSecret(entry.Key, entry.Value, secretKeys)
            ? (SettingKind.Secret, entry.Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : (SettingKind.String, entry.Value);
    }

    /// <summary>
    /// Returns whether a value must stay out of the index: the manifest marks its key secret, the key
    /// names a credential, it is a connection string, it embeds a password, or the secret engine
    /// recognises a provider key in it.
    /// </summary>
    private static bool IsSecret(string key, string value, HashSet<string> secretKeys) =>
        value.Length > 0
        && (secretKeys.Contains(key)
            || key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)
            || Configuration.CredentialNames.LooksLikeCredential(key)
            || EmbeddedPasswords.Find(value).Count > 0
            || SecretScanner.Scan(value).Count > 0);
}
