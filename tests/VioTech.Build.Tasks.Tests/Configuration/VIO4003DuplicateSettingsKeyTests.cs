using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4003DuplicateSettingsKeyTests
{
    [Theory]
    [InlineData("{\n  \"a\": 1,\n  \"A\": 2\n}", 3, 3)]
    [InlineData("{\n  \"A:B\": 1,\n  \"A\": { \"B\": 2 }\n}", 3, 10)]
    [InlineData("{\n  \"A\": { \"B\": 2 },\n  \"a:b\": 1\n}", 3, 3)]
    [InlineData("{\n  \"L\": [1],\n  \"L:0\": 2\n}", 3, 3)]
    [InlineData("{\n  \"A\": {},\n  \"a\": 1\n}", 3, 3)]
    public void SameLeafAfterFlattening_IsReported(string json, int line, int column)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Equal(new[] { $"warning VIO4003 appsettings.json({line},{column})" }, engine.Coded);
    }

    [Theory]
    [InlineData("{\"A\": {\"B\": 1}, \"a\": {\"C\": 2}}")]
    [InlineData("{\"A\": 1, \"a\": {}}")]
    [InlineData("{\"A\": {\"B\": 1}, \"AB\": 2}")]
    [InlineData("{\"L\": [1, 2], \"M\": [1, 2]}")]
    public void MergingObjectsOrDistinctKeys_AreNotReported(string json)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void Message_NamesKeyAndFirstLine()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", "{\n  \"Jwt\": { \"Issuer\": \"a\" },\n  \"JWT:ISSUER\": \"b\"\n}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        var warning = Assert.Single(engine.Warnings);
        Assert.Contains("'JWT:ISSUER'", warning.Message);
        Assert.Contains("2", warning.Message);
    }
}
