using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// The opt-in live check (<c>-p:VioTechValidateEnvironment=Production</c>, VIO4105): reads the
/// manifest and checks that the build's own process environment sets every variable the named
/// environment requires, in its format. It runs on every build that asks for it, because the
/// environment changes without any file changing, and it never writes or logs a value.
/// </summary>
public sealed class CheckEnvironmentVariables : VioTechTask
{
    /// <summary>The environment to check, such as <c>Production</c>.</summary>
    [Required]
    public string Environment { get; set; } = string.Empty;

    /// <summary>Environment manifests (<c>viotech.env.json</c>); the first one that exists is used.</summary>
    public ITaskItem[] ManifestFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>.env</c> files; a template such as <c>.env.example</c> is the manifest when no JSON manifest exists.</summary>
    public ITaskItem[] EnvFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    /// <summary>Reads a variable; tests replace it so that they need not change the process environment.</summary>
    internal Func<string, string?> ReadVariable { get; set; } = System.Environment.GetEnvironmentVariable;

    protected override void ExecuteCore()
    {
        // Problems in the files themselves are the validation task's findings; they are not repeated here.
        var ignored = new List<Finding>();
        var findings = new List<Finding>();
        var manifest = LoadManifest(ignored);
        if (manifest is null)
        {
            Log.LogMessageFromResources(MessageImportance.High, "VIO4105_NoManifest", Environment);
        }
        else if (!manifest.Environments.Contains(Environment, StringComparer.OrdinalIgnoreCase) && !manifest.IsTemplate)
        {
            findings.Add(new Finding(RuleIds.TaskFailed, manifest.Path, 0, 0, new[] { nameof(CheckEnvironmentVariables), TaskText.Reference("VIO4105_UnknownEnvironment", Environment) }));
        }
        else
        {
            foreach (var variable in manifest.Variables.Where(variable => variable.IsRequiredIn(Environment) || manifest.IsTemplate))
            {
                var value = ReadVariable(variable.Name);
                if (string.IsNullOrEmpty(value))
                {
                    value = ReadVariable(variable.ConfigKey.Replace(":", "__"));
                }

                var problem = string.IsNullOrEmpty(value) ? TaskText.Reference("VIO4105_Missing") : ValueFormats.Check(variable, value!);
                if (problem is not null)
                {
                    findings.Add(new Finding(RuleIds.EnvironmentVariableInvalid, manifest.Path, variable.Line, variable.Column, new[] { variable.Name, Environment, problem }));
                }
            }
        }

        Infrastructure.FindingsFile.Write(FindingsFile, findings);
    }

    private EnvironmentManifest? LoadManifest(List<Finding> ignored)
    {
        foreach (var path in ManifestFiles.Select(item => item.GetMetadata("FullPath")).Where(File.Exists))
        {
            return ManifestReader.Read(path, File.ReadAllBytes(path), ignored);
        }

        foreach (var item in EnvFiles)
        {
            var path = item.GetMetadata("FullPath");
            EnvFile.EnvironmentFromFileName(path, out var isTemplate);
            if (isTemplate && File.Exists(path))
            {
                var template = EnvFile.Parse(path, null, true, File.ReadAllBytes(path), ignored);
                return EnvironmentManifest.FromTemplate(template, new[] { Environment });
            }
        }

        return null;
    }
}
