using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

/// <summary>Runs validation then reporting, as the targets do, and returns what was logged.</summary>
internal static class TaskRunner
{
    public static RecordingBuildEngine ValidateAndReport(TempFolder folder, string[] settingsFiles, System.Action<ReportFindings>? configure = null)
    {
        var findingsFile = System.IO.Path.Combine(folder.Path, "obj", "viotech.findings.txt");
        var validation = new ValidateConfigurationFiles
        {
            BuildEngine = new RecordingBuildEngine(),
            SettingsFiles = settingsFiles.Select(path => (ITaskItem)new TaskItem(path)).ToArray(),
            FindingsFile = findingsFile,
        };
        Assert.True(validation.Execute());

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
}
