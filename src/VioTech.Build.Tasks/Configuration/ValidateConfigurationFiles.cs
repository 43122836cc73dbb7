using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Validates the project's settings, <c>.env</c>, manifest and deployment files and writes the
/// findings to <see cref="FindingsFile"/>. It logs nothing about the files themselves:
/// <see cref="ReportFindings"/> reports the cached findings on every build, so this task runs only
/// when an input changed.
/// </summary>
public sealed class ValidateConfigurationFiles : VioTechTask
{
    /// <summary><c>appsettings.json</c> and <c>appsettings.*.json</c> files; optional <c>Environment</c> metadata overrides the one in the name.</summary>
    public ITaskItem[] SettingsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>.env</c> files; optional metadata <c>Environment</c>, and <c>Committed</c> (<c>true</c>/<c>false</c>) to override the <c>.gitignore</c> lookup.</summary>
    public ITaskItem[] EnvFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Environment manifests (<c>viotech.env.json</c>); the first one that exists is used.</summary>
    public ITaskItem[] ManifestFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>render.yaml</c> and Compose files; optional metadata <c>Kind</c> (<c>Render</c> or <c>Compose</c>) and <c>Environment</c>.</summary>
    public ITaskItem[] DeploymentFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Files read for provider secrets only (VIO4002): <c>launchSettings.json</c>, Dockerfiles, CI workflows.</summary>
    public ITaskItem[] SecretScanFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Whether the service runs behind a TLS-terminating proxy, so plain-HTTP Kestrel endpoints are expected.</summary>
    public bool BehindTlsProxy { get; set; }

    /// <summary>Where to write the findings (under <c>obj/</c>).</summary>
    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var findings = new List<Finding>();
        var set = TaskInputs.LoadConfigurationSet(SettingsFiles, EnvFiles, DeploymentFiles, ManifestFiles, nameof(ValidateConfigurationFiles), findings);

        foreach (var (path, _, content) in TaskInputs.Existing(SecretScanFiles, nameof(ValidateConfigurationFiles), findings))
        {
            CommittedSecrets.ScanFile(path, content, findings);
        }

        CheckValues(set, BehindTlsProxy || set.Manifest?.BehindTlsProxy == true, findings);
        if (set.Manifest is { } manifest)
        {
            ManifestChecks.CheckRequiredSources(set, manifest, findings);
            ManifestChecks.CheckSecretLiterals(set, manifest, findings);
            ManifestChecks.CheckEnvKeysDeclared(set, manifest, findings);
        }

        Infrastructure.FindingsFile.Write(
            FindingsFile,
            CommittedSecrets.RemoveOverlaps(findings).OrderBy(finding => finding.File, StringComparer.Ordinal).ThenBy(finding => finding.Line).ThenBy(finding => finding.Column).ThenBy(finding => finding.RuleId, StringComparer.Ordinal));
    }

    private static void CheckValues(ConfigurationSet set, bool behindTlsProxy, List<Finding> findings)
    {
        var baseDocument = set.Settings.FirstOrDefault(document => document.Environment is null
            && string.Equals(Path.GetFileName(document.Path), "appsettings.json", StringComparison.OrdinalIgnoreCase));
        foreach (var document in set.Settings)
        {
            UnsafeProductionSettings.Check(document, behindTlsProxy, findings);
            if (baseDocument is not null && document.Environment is not null)
            {
                OverrideKeyTypos.Check(baseDocument, document, findings);
            }

            foreach (var entry in document.Entries.Where(entry => entry.IsString))
            {
                DatabaseTls.Check(document.Path, entry.ValueLine, entry.ValueColumn, entry.Value, findings);
                CommittedSecrets.CheckProviderSecrets(document.Path, entry.ValueLine, entry.ValueColumn + 1, entry.Value, findings);
                CommittedSecrets.CheckCredential(document.Path, entry, findings);
            }
        }

        foreach (var file in set.EnvFiles)
        {
            foreach (var entry in file.Entries)
            {
                DatabaseTls.Check(file.Path, entry.ValueLine, entry.ValueColumn, entry.Value, findings);
                if (file.Committed)
                {
                    CommittedSecrets.CheckProviderSecrets(file.Path, entry.ValueLine, entry.ValueColumn + (entry.Quoted ? 1 : 0), entry.Value, findings);
                }
            }
        }

        foreach (var service in set.Services)
        {
            foreach (var variable in service.Variables.Where(variable => variable.Kind == VariableSourceKind.Literal))
            {
                DatabaseTls.Check(service.File, variable.ValueLine, variable.ValueColumn, variable.Value, findings);
                CommittedSecrets.CheckProviderSecrets(service.File, variable.ValueLine, variable.ValueColumn, variable.Value, findings);
            }
        }
    }
}
