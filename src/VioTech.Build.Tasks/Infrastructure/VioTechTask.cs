using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Base of every VioTech task. <see cref="Execute"/> is sealed: it runs <see cref="ExecuteCore"/>,
/// turns the expected failures (I/O, access, malformed cache) into coded warnings with a file, and
/// returns whether no error was logged. Unexpected exceptions are left to MSBuild, which reports
/// them with a stack trace, because hiding a bug would be worse.
/// </summary>
public abstract class VioTechTask : Task
{
    protected VioTechTask()
        : base(TaskText.Manager)
    {
    }

    public sealed override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // A task that cannot read its inputs warns instead of failing, so that a locked or
            // vanished file never breaks a build that would otherwise succeed.
            Log.LogWarning(
                subcategory: null,
                warningCode: VioTech.Analyzers.Core.RuleIds.TaskFailed,
                helpKeyword: null,
                file: FileOf(exception),
                lineNumber: 0,
                columnNumber: 0,
                endLineNumber: 0,
                endColumnNumber: 0,
                message: TaskText.Format(VioTech.Analyzers.Core.RuleIds.TaskFailed + "_Message", GetType().Name, exception.Message));
        }

        return !Log.HasLoggedErrors;
    }

    protected abstract void ExecuteCore();

    private static string FileOf(Exception exception) =>
        exception is FileNotFoundException { FileName: { } name } ? name : string.Empty;
}
