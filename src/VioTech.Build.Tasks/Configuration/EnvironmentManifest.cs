using System;
using System.Collections.Generic;
using System.Linq;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// The environment manifest: the environments a service runs in and, per variable, whether it is
/// required, secret, its format and the configuration key it feeds. Read from
/// <c>viotech.env.json</c> (see <see cref="ManifestReader"/>) or, failing that, from a
/// <c>.env.example</c> file where every key is a required variable.
/// </summary>
internal sealed class EnvironmentManifest
{
    public static readonly string[] DefaultEnvironments = { "Development", "Staging", "Production" };

    public EnvironmentManifest(string path, IReadOnlyList<string> environments, IReadOnlyList<ManifestVariable> variables, bool behindTlsProxy, bool isTemplate)
    {
        Path = path;
        Environments = environments;
        Variables = variables;
        BehindTlsProxy = behindTlsProxy;
        IsTemplate = isTemplate;
    }

    public string Path { get; }

    public IReadOnlyList<string> Environments { get; }

    public IReadOnlyList<ManifestVariable> Variables { get; }

    /// <summary>Whether the manifest declares that the service runs behind a TLS-terminating proxy, so plain-HTTP Kestrel endpoints are expected.</summary>
    public bool BehindTlsProxy { get; }

    /// <summary>Whether the manifest is a <c>.env.example</c> file rather than <c>viotech.env.json</c>.</summary>
    public bool IsTemplate { get; }

    public ManifestVariable? Find(string name) =>
        Variables.FirstOrDefault(variable => string.Equals(variable.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the variable a <c>.env</c> or deployment key sets: by name, or by its configuration key written with <c>__</c>.</summary>
    public ManifestVariable? FindByKey(string key)
    {
        var variable = Find(key);
        if (variable is not null)
        {
            return variable;
        }

        var configKey = ManifestVariable.ConfigKeyOf(key);
        return Variables.FirstOrDefault(candidate => string.Equals(candidate.ConfigKey, configKey, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Builds the minimal manifest of a <c>.env.example</c> file: every key is required everywhere; names that read as credentials are secret.</summary>
    public static EnvironmentManifest FromTemplate(EnvFile template, IReadOnlyList<string> environments)
    {
        var variables = template.Entries
            .GroupBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.First())
            .Where(entry => EnvFile.IsValidName(entry.Key))
            .Select(entry => new ManifestVariable(entry.Key, entry.Line, entry.Column)
            {
                Secret = CredentialNames.LooksLikeCredential(entry.Key),
            })
            .ToList();
        return new EnvironmentManifest(template.Path, environments, variables, behindTlsProxy: false, isTemplate: true);
    }
}

/// <summary>One variable of the manifest.</summary>
internal sealed class ManifestVariable
{
    public ManifestVariable(string name, int line, int column)
    {
        Name = name;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    /// <summary>Position of the variable's name in the manifest.</summary>
    public int Line { get; }

    public int Column { get; }

    public string? Description { get; set; }

    /// <summary>Null when required in every environment, empty when optional, otherwise the environments that require it.</summary>
    public IReadOnlyList<string>? RequiredIn { get; set; }

    public bool Secret { get; set; }

    public string? Format { get; set; }

    public int? MinLength { get; set; }

    public IReadOnlyList<string>? AllowedValues { get; set; }

    public string? ExplicitConfigKey { get; set; }

    /// <summary>The configuration key the variable feeds: <c>Jwt__Secret</c> feeds <c>Jwt:Secret</c>, as the environment variables provider maps it.</summary>
    public string ConfigKey => ExplicitConfigKey ?? ConfigKeyOf(Name);

    public bool IsRequiredIn(string environment) =>
        RequiredIn is null || RequiredIn.Contains(environment, StringComparer.OrdinalIgnoreCase);

    public static string ConfigKeyOf(string variableName) => VioTech.Analyzers.Core.Configuration.ConfigurationIndex.NormalizeKey(variableName);
}
