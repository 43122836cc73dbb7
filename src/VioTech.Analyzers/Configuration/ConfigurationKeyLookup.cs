using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Core.Configuration;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// Decides, for one compilation, whether a configuration key has a source that the index shows: a
/// settings file, a manifest variable (by its configuration key, or by its name after an environment
/// variables provider's prefix), a variable that a <c>.env</c> or deployment file sets, a variable the
/// platform sets, or a section bound as a dictionary. Keys are compared without case, with <c>__</c>
/// read as <c>:</c>, as configuration compares them.
/// </summary>
internal sealed class ConfigurationKeyLookup
{
    private readonly ConfigurationIndex index;
    private readonly KnownEnvironmentVariables knownVariables;
    private readonly Lazy<ConfigurationSourceFacts> facts;

    public ConfigurationKeyLookup(ConfigurationIndex index, KnownEnvironmentVariables knownVariables, Compilation compilation, CancellationToken cancellationToken)
    {
        this.index = index;
        this.knownVariables = knownVariables;
        facts = new Lazy<ConfigurationSourceFacts>(() => ConfigurationSourceFacts.Collect(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ConfigurationIndex Index => index;

    /// <summary>
    /// The provider whose keys the build cannot know, when the code adds one; null otherwise. A settings
    /// file loaded from a folder that no indexed file sits in, such as <c>config/appsettings.json</c>
    /// when the index holds only the project folder's files, counts as such a provider.
    /// </summary>
    public string? OpaqueProvider => facts.Value.OpaqueProvider ?? UnindexedSettingsFolder();

    private string? UnindexedSettingsFolder()
    {
        foreach (var folder in facts.Value.SettingsFolders)
        {
            var suffix = "/" + folder;
            var indexed = index.Files.Any(file =>
            {
                var directory = (System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty).Replace('\\', '/').TrimEnd('/');
                return directory.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
            });
            if (!indexed)
            {
                return "AddJsonFile(" + folder + "/appsettings*.json)";
            }
        }

        return null;
    }

    /// <summary>Returns whether the key, or a key below it, has a known source.</summary>
    public bool HasSource(string key)
    {
        if (index.ContainsKeyOrSection(key) || knownVariables.Contains(key.Replace(":", "__")))
        {
            return true;
        }

        var sourceFacts = facts.Value;
        if (sourceFacts.DictionarySections.Any(section => Covers(section, key)))
        {
            return true;
        }

        return IsFedByEnvironment(key);
    }

    /// <summary>
    /// Returns whether an environment variable that the manifest declares, or that a <c>.env</c> or
    /// deployment file sets, feeds the key or a key below it, directly or through a provider's prefix.
    /// </summary>
    public bool IsFedByEnvironment(string key)
    {
        var sourceFacts = facts.Value;
        foreach (var variable in index.Variables)
        {
            // The unprefixed provider also exposes every variable under its own name (JWT_SECRET), whatever key it feeds.
            if (Covers(key, variable.ConfigKey) || Covers(key, ConfigurationIndex.NormalizeKey(variable.Name))
                || FedThroughPrefix(variable.Name, key, sourceFacts))
            {
                return true;
            }
        }

        return index.SourceNames.Any(name => Covers(key, ConfigurationIndex.NormalizeKey(name)) || FedThroughPrefix(name, key, sourceFacts));
    }

    /// <summary>Returns every key of the index, for suggestions: settings keys and the manifest's configuration keys.</summary>
    public IEnumerable<string> KnownKeys() =>
        index.Settings.Select(setting => setting.Key)
            .Concat(index.Variables.Select(variable => variable.ConfigKey))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="key"/> or a key below it.</summary>
    private static bool Covers(string key, string candidate) =>
        string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase)
        || candidate.Length > key.Length && candidate[key.Length] == ':' && candidate.StartsWith(key, StringComparison.OrdinalIgnoreCase);

    private static bool FedThroughPrefix(string variableName, string key, ConfigurationSourceFacts sourceFacts)
    {
        foreach (var prefix in sourceFacts.EnvironmentPrefixes)
        {
            if (prefix.Length > 0 && variableName.Length > prefix.Length && variableName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && Covers(key, ConfigurationIndex.NormalizeKey(variableName.Substring(prefix.Length))))
            {
                return true;
            }
        }

        // With a prefix the build cannot read, any variable whose name ends with the key may feed it.
        var normalized = ConfigurationIndex.NormalizeKey(variableName);
        return sourceFacts.HasUnknownPrefix
            && normalized.EndsWith(key, StringComparison.OrdinalIgnoreCase);
    }
}
