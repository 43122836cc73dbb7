using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Baseline;
using VioTech.Build.Tasks.Tests.Infrastructure;
using VioTech.Build.Tasks.Tests.Reporting;
using static VioTech.Build.Tasks.Tests.Reporting.ReportFixture;

namespace VioTech.Build.Tasks.Tests.Baseline;

public sealed class BaselineTests
{
    [Fact]
    public void Update_WritesFingerprintsWithoutValues()
    {
        using var folder = new TempFolder();
        var secretLine = "var key = \"" + "sk_" + "live_" + new string('Q', 24) + "\";";
        var program = folder.Write("src/Program.cs", "policy.AllowAnyOrigin();\n" + secretLine + "\n");
        var sarif = CompilerLog(folder, "viotech.sarif",
            new Result("VIO1001", program, 1),
            new Result("VIO2001", program, 2, Level: "error"),
            new Result("VIO1001", program, 1, Suppression: "inSource", Justification: "already justified"));
        var baselineFile = Path.Combine(folder.Path, "viotech.baseline.json");

        var update = new UpdateBaseline { BuildEngine = new RecordingBuildEngine(), SarifFiles = new ITaskItem[] { new TaskItem(sarif) }, BaselineFile = baselineFile, ProjectDirectory = folder.Path };
        Assert.True(update.Execute());

        var text = File.ReadAllText(baselineFile);
        Assert.Equal(2, update.EntryCount);
        Assert.Contains("\"file\": \"src/Program.cs\"", text);
        Assert.Contains("\"lineHash\": \"" + BaselineFingerprint.HashLine(secretLine) + "\"", text);
        Assert.DoesNotContain("sk_live", text);
        Assert.DoesNotContain("AllowAnyOrigin", text);
    }

    [Fact]
    public void Update_KeepsExistingJustifications()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "policy.AllowAnyOrigin();\n");
        var baselineFile = Path.Combine(folder.Path, "viotech.baseline.json");
        File.WriteAllText(baselineFile, "{\"entries\":[{\"ruleId\":\"VIO1001\",\"file\":\"Program.cs\",\"lineHash\":\"" + BaselineFingerprint.HashLine("policy.AllowAnyOrigin();") + "\",\"justification\":\"Partner portal until 2027-03-01\"}]}");
        var sarif = CompilerLog(folder, "viotech.sarif", new Result("VIO1001", program, 1));

        Assert.True(new UpdateBaseline { BuildEngine = new RecordingBuildEngine(), SarifFiles = new ITaskItem[] { new TaskItem(sarif) }, BaselineFile = baselineFile, ProjectDirectory = folder.Path }.Execute());

        var entry = Assert.Single(BaselineDocument.Read(baselineFile));
        Assert.Equal("Partner portal until 2027-03-01", entry.Justification);
    }

    [Fact]
    public void Prepare_LeavesOutAndReportsExpiredEntries()
    {
        using var folder = new TempFolder();
        var baselineFile = folder.Write("viotech.baseline.json", """
            {
              "entries": [
                { "ruleId": "VIO1001", "file": "Program.cs", "lineHash": "aaaaaaaaaaaaaaaa", "justification": "until 2026-05-31" },
                { "ruleId": "VIO3001", "file": "Program.cs", "lineHash": "bbbbbbbbbbbbbbbb", "justification": "until 2026-06-01" }
              ]
            }
            """);
        var suppressionFile = Path.Combine(folder.Path, "obj", "viotech.baseline.txt");
        var engine = new RecordingBuildEngine();

        var prepare = new PrepareBaseline { BuildEngine = engine, BaselineFile = baselineFile, SuppressionFile = suppressionFile, ProjectDirectory = folder.Path, Today = "2026-06-01" };
        Assert.True(prepare.Execute());

        Assert.Equal(new[] { "warning VIO4903 viotech.baseline.json(3,0)" }, engine.Coded.ToArray());
        Assert.True(BaselineFingerprint.TryParseSuppressionFile(File.ReadAllText(suppressionFile), out var root, out var keys));
        Assert.Equal(folder.Path.TrimEnd('/'), root);
        Assert.Equal(new[] { "VIO3001|Program.cs|bbbbbbbbbbbbbbbb" }, keys.ToArray());
    }

    [Fact]
    public void Prepare_InvalidJsonWarnsAndDoesNotFail()
    {
        using var folder = new TempFolder();
        var baselineFile = folder.Write("viotech.baseline.json", "{ not json");
        var engine = new RecordingBuildEngine();

        var prepare = new PrepareBaseline { BuildEngine = engine, BaselineFile = baselineFile, SuppressionFile = Path.Combine(folder.Path, "obj", "b.txt"), ProjectDirectory = folder.Path };

        Assert.True(prepare.Execute());
        Assert.Contains(engine.Warnings, warning => warning.Code == "VIO4000");
    }

    [Fact]
    public void Report_MarksBaselinedAndReportsStaleEntries()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "policy.AllowAnyOrigin();\nlogger.LogInformation($\"x {y}\");\n");
        var baselineFile = folder.Write("viotech.baseline.json",
            "{\"entries\":[\n{\"ruleId\":\"VIO1001\",\"file\":\"Program.cs\",\"lineHash\":\"" + BaselineFingerprint.HashLine("policy.AllowAnyOrigin();") + "\",\"justification\":\"Partner portal\"},\n" +
            "{\"ruleId\":\"VIO1001\",\"file\":\"Gone.cs\",\"lineHash\":\"cccccccccccccccc\",\"justification\":\"\"}\n]}");
        var suppressionFile = Path.Combine(folder.Path, "obj", "viotech.baseline.txt");
        Assert.True(new PrepareBaseline { BuildEngine = new RecordingBuildEngine(), BaselineFile = baselineFile, SuppressionFile = suppressionFile, ProjectDirectory = folder.Path }.Execute());
        var log = CompilerLog(folder, "compiler.sarif",
            new Result("VIO1001", program, 1, Suppression: "inSource"),
            new Result("VIO3001", program, 2));

        var (task, engine) = Run(folder, log, report => { report.BaselineFile = baselineFile; report.BaselineSuppressionFile = suppressionFile; });

        Assert.Equal(new[] { "warning VIO4902 viotech.baseline.json(3,0)" }, engine.Coded.ToArray());
        var summary = File.ReadAllText(Path.Combine(Path.GetDirectoryName(task.SarifFile)!, "viotech-summary.md"));
        Assert.Contains("| VIO1001 | Program.cs(1,5) | Baselined | Partner portal |", summary);
        Assert.Contains("Gone.cs", summary);
    }

    [Fact]
    public void ReportFindings_DoesNotLogBaselinedTaskFindings()
    {
        using var folder = new TempFolder();
        var settings = folder.Write("appsettings.json", "{\n  \"A\": 1\n  \"B\": 2\n}\n");
        var suppressionFile = folder.Write("obj/viotech.baseline.txt",
            BaselineFingerprint.SuppressionFileHeader + "\nroot\t" + folder.Path + "\nVIO4001\tappsettings.json\t" + BaselineFingerprint.HashLine("  \"B\": 2") + "\n");

        var without = TaskRunner.ValidateAndReport(folder, new[] { settings });
        var with = TaskRunner.ValidateAndReport(folder, new[] { settings }, report => report.BaselineSuppressionFile = suppressionFile);

        Assert.Equal(new[] { "warning VIO4001 appsettings.json(3,3)" }, without.Coded.ToArray());
        Assert.Empty(with.Coded);
    }
}
