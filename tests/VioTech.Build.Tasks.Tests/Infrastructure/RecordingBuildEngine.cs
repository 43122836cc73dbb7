using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

/// <summary>Build engine that records what a task logs, for tasks run directly in a test.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    /// <summary>Every coded event as "severity code file(line,col)", for compact assertions.</summary>
    public IEnumerable<string> Coded =>
        Errors.Select(e => $"error {e.Code} {System.IO.Path.GetFileName(e.File)}({e.LineNumber},{e.ColumnNumber})")
            .Concat(Warnings.Select(w => $"warning {w.Code} {System.IO.Path.GetFileName(w.File)}({w.LineNumber},{w.ColumnNumber})"))
            .Concat(Messages.Where(m => !string.IsNullOrEmpty(m.Code)).Select(m => $"message {m.Code} {System.IO.Path.GetFileName(m.File)}({m.LineNumber},{m.ColumnNumber})"));

    /// <summary>Every message text logged, coded or not, for checks that a value never appears.</summary>
    public string AllText =>
        string.Join("\n", Errors.Select(e => e.Message).Concat(Warnings.Select(w => w.Message)).Concat(Messages.Select(m => m.Message)));

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}
