using System.IO;
using VioTech.Build.Tasks.Infrastructure;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

public sealed class FindingsFileTests
{
    [Fact]
    public void RoundTrip_KeepsEveryField()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "obj", "findings.txt");
        var finding = new Finding("VIO4001", "/src/app settings\t.json", 12, 5, new[] { "tab\there", "back\\slash", "line\nbreak" }, 12, 9);

        FindingsFile.Write(path, new[] { finding });
        var read = Assert.Single(FindingsFile.Read(path));

        Assert.Equal(finding.RuleId, read.RuleId);
        Assert.Equal(finding.File, read.File);
        Assert.Equal((12, 5, 12, 9), (read.Line, read.Column, read.EndLine, read.EndColumn));
        Assert.Equal(finding.Arguments, read.Arguments);
    }

    [Fact]
    public void ForeignFile_IsRejected()
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.txt", "not a findings file\n");

        Assert.Throws<InvalidDataException>(() => FindingsFile.Read(path));
    }

    [Fact]
    public void CorruptCache_GivesCodedWarningNotCrash()
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.txt", "# VioTech findings, format 1\nVIO4001\tfile\tnot-a-number\t1\t0\t0\n");
        var engine = new RecordingBuildEngine();
        var task = new ReportFindings { BuildEngine = engine, FindingsFiles = new Microsoft.Build.Framework.ITaskItem[] { new Microsoft.Build.Utilities.TaskItem(path) } };

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4000", warning.Code);
    }
}
