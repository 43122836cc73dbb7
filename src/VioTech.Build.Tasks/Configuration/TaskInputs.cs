using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>Reads the configuration inputs that the targets pass to the tasks: which files exist, their metadata, and the parsed set.</summary>
internal static class TaskInputs
{
    /// <summary>
    /// Parses the settings, <c>.env</c>, deployment and manifest files into one set. Problems found on
    /// the way become findings; without a <c>viotech.env.json</c>, a <c>.env.example</c> file is the manifest.
    /// </summary>
    public static ConfigurationSet LoadConfigurationSet(
        ITaskItem[] settingsFiles, ITaskItem[] envFiles, ITaskItem[] deploymentFiles, ITaskItem[] manifestFiles, string taskName, List<Finding> findings)
    {
        var set = new ConfigurationSet();
        foreach (var (path, item, content) in Existing(settingsFiles, taskName, findings))
        {
            var environment = Metadata(item, "Environment") ?? SettingsDocument.EnvironmentFromFileName(path);
            var document = SettingsJsonReader.Read(path, environment, content, findings);
            if (document is not null)
            {
                set.Settings.Add(document);
            }
        }

        foreach (var (path, item, content) in Existing(envFiles, taskName, findings))
        {
            var environment = EnvFile.EnvironmentFromFileName(path, out var isTemplate);
            environment = Metadata(item, "Environment") ?? environment;
            var file = EnvFile.Parse(path, environment, isTemplate, content, findings);
            file.Committed = Metadata(item, "Committed") is { } committed
                ? string.Equals(committed, "true", StringComparison.OrdinalIgnoreCase)
                : !GitIgnore.IsIgnored(path);
            set.EnvFiles.Add(file);
        }

        foreach (var (path, item, content) in Existing(deploymentFiles, taskName, findings))
        {
            var documents = YamlReader.Read(path, content, findings);
            if (documents is not null)
            {
                var kind = Metadata(item, "Kind");
                var compose = kind is null ? DeploymentFile.IsCompose(path) : string.Equals(kind, "Compose", StringComparison.OrdinalIgnoreCase);
                set.Services.AddRange(DeploymentFile.ReadServices(path, documents, compose, Metadata(item, "Environment")));
            }
        }

        foreach (var (path, _, content) in Existing(manifestFiles, taskName, findings).Take(1))
        {
            set.Manifest = ManifestReader.Read(path, content, findings);
        }

        if (set.Manifest is null && manifestFiles.All(item => !File.Exists(item.GetMetadata("FullPath"))) && set.EnvFiles.FirstOrDefault(file => file.IsTemplate) is { } template)
        {
            set.Manifest = EnvironmentManifest.FromTemplate(template, set.DiscoveredEnvironments());
        }

        return set;
    }

    /// <summary>Yields the items whose file exists, read; a file over the size limit gets a VIO4000 finding instead.</summary>
    public static IEnumerable<(string Path, ITaskItem Item, byte[] Content)> Existing(ITaskItem[] items, string taskName, List<Finding> findings)
    {
        foreach (var item in items.GroupBy(item => item.GetMetadata("FullPath"), StringComparer.Ordinal).Select(group => group.First()))
        {
            var path = item.GetMetadata("FullPath");
            if (!File.Exists(path))
            {
                continue;
            }

            var content = TextFiles.ReadWithinLimit(path, out var length);
            if (content is null)
            {
                // Reported at the start of the file so that the message carries a position like every other finding.
                findings.Add(new Finding(VioTech.Analyzers.Core.RuleIds.TaskFailed, path, 1, 1, new[]
                {
                    taskName,
                    TaskText.Reference("VIO4000_FileTooLarge", (length / (1024 * 1024)).ToString(CultureInfo.InvariantCulture), (TextFiles.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)),
                }));
                continue;
            }

            yield return (path, item, content);
        }
    }

    /// <summary>Returns the trimmed metadata value, or null when it is empty.</summary>
    public static string? Metadata(ITaskItem item, string name)
    {
        var value = item.GetMetadata(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
