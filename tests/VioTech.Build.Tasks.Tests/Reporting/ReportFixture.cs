using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Build.Tasks.Reporting;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Reporting;

/// <summary>Writes compiler-style SARIF logs and runs <see cref="WriteReport"/> on them.</summary>
internal static class ReportFixture
{
    /// <summary>One result of a fake compiler log: rule, file, line, and an optional suppression.</summary>
    public sealed record Result(string RuleId, string File, int Line, string Level = "warning", string? Suppression = null, string? Justification = null, string Message = "message");

    public static string CompilerLog(TempFolder folder, string name, params Result[] results)
    {
        var json = new
        {
            version = "2.1.0",
            runs = new[]
            {
                new
                {
                    tool = new { driver = new { name = "Microsoft (R) Visual C# Compiler", rules = new[] { new { id = "VIO1001", shortDescription = new { text = "CORS policy allows any origin" } } } } },
                    results = results.Select(result => new Dictionary<string, object>
                    {
                        ["ruleId"] = result.RuleId,
                        ["level"] = result.Level,
                        ["message"] = new { text = result.Message },
                        ["locations"] = new[] { new { physicalLocation = new { artifactLocation = new { uri = new Uri(result.File).AbsoluteUri }, region = new { startLine = result.Line, startColumn = 5 } } } },
                        ["suppressions"] = result.Suppression is null
                            ? Array.Empty<object>()
                            : new object[] { result.Justification is null ? new { kind = result.Suppression } : new { kind = result.Suppression, justification = result.Justification } },
                    }).ToArray(),
                },
            },
        };
        var text = JsonSerializer.Serialize(json).Replace("\"suppressions\":[],", string.Empty, StringComparison.Ordinal).Replace(",\"suppressions\":[]", string.Empty, StringComparison.Ordinal);
        return folder.Write(name, text);
    }

    public static (WriteReport Task, RecordingBuildEngine Engine) Run(TempFolder folder, string compilerLog, Action<WriteReport>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteReport
        {
            BuildEngine = engine,
            CompilerLogs = new ITaskItem[] { new TaskItem(compilerLog) },
            ReportDirectory = System.IO.Path.Combine(folder.Path, "obj", "viotech"),
            ProjectName = "Tickets.Api",
            BaseDirectory = folder.Path,
            ToolVersion = "1.0.0-test",
            Today = "2026-06-01",
        };
        configure?.Invoke(task);
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return (task, engine);
    }
}
