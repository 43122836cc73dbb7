using System.Linq;
using System.Text;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4001InvalidSettingsJsonTests
{
    [Fact]
    public void MissingComma_IsReportedAtItsPosition()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.Production.json", "{\n  \"A\": 1\n  \"B\": 2\n}\n");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Equal(new[] { "warning VIO4001 appsettings.Production.json(3,3)" }, engine.Coded);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", "// leading comment\n{\n  /* block */ \"A\": [1, 2,],\n  \"B\": { \"C\": true, },\n}\n");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void Bom_IsSkippedAndColumnsCountCharacters()
    {
        using var folder = new TempFolder();
        var text = "{\n  \"Título\": \"añó\" ]\n}";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var file = folder.WriteBytes("appsettings.json", bytes);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        // The stray ']' is the 19th character of line 2; the accented letters take two bytes each but one column.
        Assert.Equal(new[] { "warning VIO4001 appsettings.json(2,19)" }, engine.Coded);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 1, 1)]
    [InlineData("[1, 2]", 1, 1)]
    [InlineData("{\"A\": \"unterminated", 1, 20)]
    public void EmptyArrayOrTruncatedFile_IsReported(string content, int line, int column)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", content);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        var finding = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4001", finding.Code);
        Assert.Equal(line, finding.LineNumber);
        Assert.Equal(column, finding.ColumnNumber);
    }

    [Fact]
    public void DeepNesting_IsReportedNotThrown()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", "{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        var finding = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4001", finding.Code);
        Assert.Equal(1, finding.LineNumber);
    }

    [Fact]
    public void MissingFile_IsSkipped()
    {
        using var folder = new TempFolder();

        var engine = TaskRunner.ValidateAndReport(folder, new[] { System.IO.Path.Combine(folder.Path, "appsettings.json") });

        Assert.Empty(engine.Coded);
    }
}
