using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Validates the project's settings files and writes the findings to <see cref="FindingsFile"/>.
/// It logs nothing about the files themselves: <see cref="ReportFindings"/> reports the cached
/// findings on every build, so this task runs only when an input changed.
/// </summary>
public sealed class ValidateConfigurationFiles : VioTechTask
{
    /// <summary><c>appsettings.json</c> and <c>appsettings.*.json</c> files.</summary>
    public ITaskItem[] SettingsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where to write the findings (under <c>obj/</c>).</summary>
    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var findings = new List<Finding>();
        foreach (var item in SettingsFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (!File.Exists(path))
            {
                continue;
            }

            findings.AddRange(SettingsJsonValidator.Validate(path, File.ReadAllBytes(path)));
        }

        Infrastructure.FindingsFile.Write(FindingsFile, findings);
    }
}
