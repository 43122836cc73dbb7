using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

/// <summary>Runs validation then reporting, as the targets do, and returns what was logged.</summary>
internal static class TaskRunner
{
    public static RecordingBuildEngine ValidateAndReport(TempFolder folder, string[] settingsFiles, Action<ReportFindings>? configure = null) =>
        Validate(folder, task => task.SettingsFiles = Items(settingsFiles), configure);

    /// <summary>Runs the validation task set up by <paramref name="setup"/>, then the report task on its findings.</summary>
    public static RecordingBuildEngine Validate(TempFolder folder, Action<ValidateConfigurationFiles> setup, Action<ReportFindings>? configure = null)
    {
        var findingsFile = System.IO.Path.Combine(folder.Path, "obj", "viotech.findings.txt");
        var validation = new ValidateConfigurationFiles
        {
            BuildEngine = new RecordingBuildEngine(),
            FindingsFile = findingsFile,
        };
        setup(validation);
        Assert.True(validation.Execute());
        return Report(findingsFile, configure);
    }

    public static RecordingBuildEngine Report(string findingsFile, Action<ReportFindings>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var report = new ReportFindings
        {
            BuildEngine = engine,
            FindingsFiles = new ITaskItem[] { new TaskItem(findingsFile) },
        };
        configure?.Invoke(report);
        report.Execute();
        return engine;
    }

    public static ITaskItem[] Items(params string[] paths) => paths.Select(path => (ITaskItem)new TaskItem(path)).ToArray();

    /// <summary>Returns an item with metadata given as name/value pairs.</summary>
    public static ITaskItem Item(string path, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(path);
        foreach (var (name, value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }
}
