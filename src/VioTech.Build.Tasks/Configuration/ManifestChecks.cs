using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>The checks that compare the inputs with the environment manifest: VIO4102, VIO4103 and the manifest part of VIO4104.</summary>
internal static class ManifestChecks
{
    /// <summary>
    /// VIO4102: a variable required in an environment that no input gives a value there. Sources
    /// are <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c> through the variable's
    /// configuration key, the environment's <c>.env</c> files, and the deployment services that
    /// run in the environment. Placeholder values in settings files are not sources.
    /// </summary>
    public static void CheckRequiredSources(ConfigurationSet set, EnvironmentManifest manifest, List<Finding> findings)
    {
        foreach (var environment in manifest.Environments)
        {
            foreach (var variable in manifest.Variables.Where(variable => variable.IsRequiredIn(environment)))
            {
                if (HasSource(set, variable, environment))
                {
                    continue;
                }

                var checkedFiles = CheckedFiles(set, environment);
                findings.Add(new Finding(
                    RuleIds.RequiredVariableWithoutSource, manifest.Path, variable.Line, variable.Column,
                    new[]
                    {
                        variable.Name,
                        environment,
                        checkedFiles.Count == 0 ? TaskText.Reference("VIO4102_NoFiles") : TaskText.Reference("VIO4102_Checked", string.Join(", ", checkedFiles), variable.ConfigKey),
                    }));
            }
        }
    }

    /// <summary>
    /// VIO4103: a secret variable with a literal, non-placeholder value in a committed file: a
    /// Render <c>value:</c>, a Compose value, a committed <c>.env</c> file, or a settings file
    /// through the variable's configuration key. Only the value's length is reported.
    /// </summary>
    public static void CheckSecretLiterals(ConfigurationSet set, EnvironmentManifest manifest, List<Finding> findings)
    {
        foreach (var variable in manifest.Variables.Where(variable => variable.Secret))
        {
            foreach (var service in set.Services)
            {
                foreach (var literal in service.Variables.Where(item => item.Kind == VariableSourceKind.Literal && ConfigurationSet.KeySets(item.Key, variable) && HoldsSecret(item.Value)))
                {
                    var fix = DeploymentFile.IsCompose(service.File) ? "VIO4103_FixCompose" : "VIO4103_FixRender";
                    findings.Add(Literal(service.File, literal.ValueLine, literal.ValueColumn, variable, literal.Value!, fix));
                }
            }

            foreach (var file in set.EnvFiles.Where(file => file.Committed))
            {
                foreach (var entry in file.Entries.Where(entry => ConfigurationSet.KeySets(entry.Key, variable) && HoldsSecret(entry.Value)))
                {
                    findings.Add(Literal(file.Path, entry.ValueLine, entry.ValueColumn, variable, entry.Value, "VIO4103_FixEnv"));
                }
            }

            foreach (var document in set.Settings)
            {
                foreach (var entry in document.Entries.Where(entry => entry.IsString && string.Equals(entry.Key, variable.ConfigKey, StringComparison.OrdinalIgnoreCase) && HoldsSecret(entry.Value)))
                {
                    findings.Add(Literal(document.Path, entry.ValueLine, entry.ValueColumn, variable, entry.Value!, "VIO4103_FixSettings"));
                }
            }
        }
    }

    /// <summary>VIO4104: a key of a <c>.env</c> file that the manifest does not declare; the host's own ASPNETCORE_ and DOTNET_ variables pass.</summary>
    public static void CheckEnvKeysDeclared(ConfigurationSet set, EnvironmentManifest manifest, List<Finding> findings)
    {
        foreach (var file in set.EnvFiles)
        {
            if (string.Equals(Path.GetFullPath(file.Path), Path.GetFullPath(manifest.Path), StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var entry in file.Entries)
            {
                if (manifest.FindByKey(entry.Key) is null
                    && !entry.Key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                    && !entry.Key.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add(new Finding(RuleIds.EnvFileProblem, file.Path, entry.Line, entry.Column,
                        new[] { TaskText.Reference("VIO4104_NotInManifest", entry.Key, Path.GetFileName(manifest.Path)) }));
                }
            }
        }
    }

    /// <summary>Returns whether a literal is a secret: a connection string or URL only when it contains a password, anything else unless it is a placeholder.</summary>
    private static bool HoldsSecret(string? value)
    {
        if (Placeholders.IsPlaceholder(value))
        {
            return false;
        }

        return !DatabaseTls.TryGetPassword(value!, out var hasPassword) || hasPassword;
    }

    private static Finding Literal(string file, int line, int column, ManifestVariable variable, string value, string fix) =>
        new(RuleIds.SecretVariableLiteral, file, line, column,
            new[] { variable.Name, value.Length.ToString(CultureInfo.InvariantCulture), TaskText.Reference(fix) });

    private static bool HasSource(ConfigurationSet set, ManifestVariable variable, string environment)
    {
        foreach (var document in set.Settings.Where(document => document.Environment is null || ConfigurationSet.SameEnvironment(document.Environment, environment)))
        {
            if (document.Entries.Any(entry => IsUnder(entry.Key, variable.ConfigKey) && !Placeholders.IsPlaceholder(entry.Value)))
            {
                return true;
            }
        }

        foreach (var file in set.EnvFiles.Where(file => !file.IsTemplate && ConfigurationSet.SameEnvironment(file.Environment, environment)))
        {
            if (file.Entries.Any(entry => ConfigurationSet.KeySets(entry.Key, variable) && entry.Value.Length > 0))
            {
                return true;
            }
        }

        foreach (var service in set.Services.Where(service => ConfigurationSet.SameEnvironment(service.Environment, environment)))
        {
            if (service.Variables.Any(item => ConfigurationSet.KeySets(item.Key, variable) && (item.Kind != VariableSourceKind.Literal || item.Value!.Length > 0)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnder(string key, string configKey) =>
        string.Equals(key, configKey, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(configKey + ":", StringComparison.OrdinalIgnoreCase);

    private static List<string> CheckedFiles(ConfigurationSet set, string environment) =>
        set.Settings.Where(document => document.Environment is null || ConfigurationSet.SameEnvironment(document.Environment, environment)).Select(document => document.Path)
            .Concat(set.EnvFiles.Where(file => !file.IsTemplate && ConfigurationSet.SameEnvironment(file.Environment, environment)).Select(file => file.Path))
            .Concat(set.Services.Where(service => ConfigurationSet.SameEnvironment(service.Environment, environment)).Select(service => service.File))
            .Select(Path.GetFileName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList()!;
}
