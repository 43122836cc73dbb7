using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4005UnknownOverrideKeyTests
{
    private const string Base = "{\"ConnectionStrings\": {\"Default\": \"\"}, \"Jwt\": {\"Issuer\": \"a\", \"Audience\": \"b\"}, \"Origins\": [\"x\"]}";

    [Fact]
    public void TypoOfBaseKey_IsReportedWithSuggestion()
    {
        using var folder = new TempFolder();
        var baseFile = folder.Write("appsettings.json", Base);
        var production = folder.Write("appsettings.Production.json", "{\n  \"Jwt\": { \"Isuer\": \"c\" }\n}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { baseFile, production });

        Assert.Equal(new[] { "message VIO4005 appsettings.Production.json(2,12)" }, engine.Coded);
        Assert.Contains("'Jwt:Issuer'", engine.Messages[0].Message);
    }

    [Theory]
    [InlineData("{\"Sentry\": {\"Dns\": \"x\"}}", "Sentry:Dsn")]
    [InlineData("{\"ConnectionString\": {\"Default\": \"x\"}}", "ConnectionStrings:Default")]
    [InlineData("{\"JWT\": {\"Audeince\": \"x\"}}", "Jwt:Audience")]
    public void SwappedOrMissingLetters_SuggestBaseKey(string json, string suggestion)
    {
        using var folder = new TempFolder();
        var baseFile = folder.Write("appsettings.json", Base.Replace("\"Origins\"", "\"Sentry\": {\"Dsn\": \"\"}, \"Origins\""));
        var staging = folder.Write("appsettings.Staging.json", json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { baseFile, staging });

        var message = Assert.Single(engine.Messages, m => m.Code == "VIO4005");
        Assert.Contains("'" + suggestion + "'", message.Message);
    }

    [Fact]
    public void Distance_CountsAdjacentSwapAsOneEdit()
    {
        Assert.Equal(1, VioTech.Analyzers.Core.Text.EditDistance.Compute("dns", "dsn"));
        Assert.Equal(1, VioTech.Analyzers.Core.Text.EditDistance.Compute("issuer", "isuer"));
        Assert.Equal(3, VioTech.Analyzers.Core.Text.EditDistance.Compute("abc", "xyz"));
        Assert.Equal(0, VioTech.Analyzers.Core.Text.EditDistance.Compute("Jwt:Issuer", "jwt:issuer"));
        Assert.Equal(2, VioTech.Analyzers.Core.Text.EditDistance.Compute("abcdef", "uvwxyz", limit: 2));
    }

    [Theory]
    [InlineData("{\"Jwt\": {\"Issuer\": \"c\"}}")]
    [InlineData("{\"jwt\": {\"issuer\": \"c\"}}")]
    [InlineData("{\"Sentry\": {\"Dsn\": \"\"}}")]
    [InlineData("{\"Origins\": [\"x\", \"y\"]}")]
    [InlineData("{\"ConnectionStrings\": {\"Default\": \"Host=localhost;Database=t\"}}")]
    public void ExistingNewOrArrayKeys_AreNotReported(string json)
    {
        using var folder = new TempFolder();
        var baseFile = folder.Write("appsettings.json", Base);
        var production = folder.Write("appsettings.Production.json", json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { baseFile, production });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void WithoutBaseFile_NothingIsReported()
    {
        using var folder = new TempFolder();
        var production = folder.Write("appsettings.Production.json", "{\"Jwt\": {\"Isuer\": \"c\"}}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { production });

        Assert.Empty(engine.Coded);
    }
}
