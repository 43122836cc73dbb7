using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Infrastructure;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Robustness;

/// <summary>
/// One file format that a task reads, with what the malformed corpus needs to build its cases:
/// a small valid file, builders for deep nesting and for large valid content, and how to run the
/// task (or tasks) on one file. Formats that have extra pathological cases (a manifest regex that
/// backtracks, say) list them in <see cref="ExtraCases"/>.
/// </summary>
internal sealed record TaskInputFormat(
    string Name,
    string FileName,
    string ValidSample,
    Func<int, string> DeepNesting,
    Func<int, string> LargeContent,
    Func<int, string> LongLine,
    Func<TempFolder, string, RecordingBuildEngine> Run,
    IReadOnlyList<(string Name, byte[] Content)>? ExtraCases = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The registry of task input formats. A format added to a task gets the whole malformed corpus by
/// adding one entry here.
/// </summary>
internal static class TaskInputFormats
{
    public static IReadOnlyList<TaskInputFormat> All { get; } = new[]
    {
        new TaskInputFormat("appsettings JSON", "appsettings.Production.json", JsonSample, JsonNesting, JsonLarge, JsonLongLine, RunSettingsValidation),
        // NOTE: .env, YAML and the environment manifest get one line each here once their tasks exist.
    };

    public static TaskInputFormat Get(string name) => All.Single(format => format.Name == name);

    private const string JsonSample = """
        {
          // Comments and trailing commas are accepted, as the configuration provider accepts them.
          "ConnectionStrings": { "Default": "Host=db;Username=app" },
          "Cors": { "Origins": [ "https://tickets.example.com", ], },
          "Título": "añó",
          "Limits": { "Max": 10, "Ratio": 0.5, "On": true, "None": null }
        }
        """;

    private static string JsonNesting(int depth) =>
        "{\"a\":" + new string('[', depth) + new string(']', depth) + "}";

    private static string JsonLarge(int bytes)
    {
        var builder = new StringBuilder(bytes + 256).Append("{\n  \"Items\": {\n");
        for (var index = 0; builder.Length < bytes; index++)
        {
            builder.Append("    \"key").Append(index).Append("\": { \"Name\": \"value ").Append(index).Append("\", \"Enabled\": true, \"Weight\": 1.5 },\n");
        }

        return builder.Append("    \"last\": 0\n  }\n}\n").ToString();
    }

    private static string JsonLongLine(int bytes) => "{\"Key\":\"" + new string('a', bytes) + "\"}";

    private static RecordingBuildEngine RunSettingsValidation(TempFolder folder, string file)
    {
        var findingsFile = System.IO.Path.Combine(folder.Path, "obj", "viotech.findings.txt");
        var validation = new ValidateConfigurationFiles
        {
            BuildEngine = new RecordingBuildEngine(),
            SettingsFiles = new ITaskItem[] { new TaskItem(file) },
            FindingsFile = findingsFile,
        };
        if (!validation.Execute())
        {
            throw new InvalidOperationException("ValidateConfigurationFiles returned false without an exception.");
        }

        var engine = new RecordingBuildEngine();
        var report = new ReportFindings { BuildEngine = engine, FindingsFiles = new ITaskItem[] { new TaskItem(findingsFile) } };
        report.Execute();
        return engine;
    }
}
