using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4004UnsafeProductionSettingTests
{
    [Theory]
    [InlineData("{\"Logging\": {\"LogLevel\": {\"Default\": \"Debug\"}}}")]
    [InlineData("{\"Logging\": {\"Console\": {\"LogLevel\": {\"Microsoft\": \"Trace\"}}}}")]
    [InlineData("{\"Serilog\": {\"MinimumLevel\": {\"Default\": \"Verbose\"}}}")]
    [InlineData("{\"Serilog\": {\"MinimumLevel\": \"Debug\"}}")]
    [InlineData("{\"AllowedHosts\": \"*\"}")]
    [InlineData("{\"DetailedErrors\": true}")]
    [InlineData("{\"Sentry\": {\"Debug\": true}}")]
    [InlineData("{\"Kestrel\": {\"Endpoints\": {\"Http\": {\"Url\": \"http://0.0.0.0:8080\"}}}}")]
    public void UnsafeSettingInProduction_IsReported(string json)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.Production.json", json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4004", warning.Code);
        Assert.Contains("Production", warning.Message);
    }

    [Theory]
    [InlineData("appsettings.Development.json", "{\"Logging\": {\"LogLevel\": {\"Default\": \"Debug\"}}, \"DetailedErrors\": true}")]
    [InlineData("appsettings.json", "{\"AllowedHosts\": \"*\"}")]
    [InlineData("appsettings.Production.json", "{\"Logging\": {\"LogLevel\": {\"Default\": \"Warning\"}}, \"AllowedHosts\": \"tickets.example.com\", \"DetailedErrors\": false}")]
    [InlineData("appsettings.Staging.json", "{\"Kestrel\": {\"Endpoints\": {\"Http\": {\"Url\": \"http://+:80\"}, \"Https\": {\"Url\": \"https://+:443\"}}}}")]
    public void SafeOrNonProductionSettings_AreNotReported(string name, string json)
    {
        using var folder = new TempFolder();
        var file = folder.Write(name, json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void HttpEndpointBehindProxy_IsNotReported()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.Staging.json", "{\"Kestrel\": {\"Endpoints\": {\"Http\": {\"Url\": \"http://0.0.0.0:10000\"}}}}");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.SettingsFiles = TaskRunner.Items(file);
            task.BehindTlsProxy = true;
        });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void ProxyDeclaredInManifest_SilencesHttpEndpoint()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.Production.json", "{\"Urls\": \"http://+:8080\"}");
        var manifest = folder.Write("viotech.env.json", "{\"behindTlsProxy\": true, \"variables\": {}}");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.SettingsFiles = TaskRunner.Items(file);
            task.ManifestFiles = TaskRunner.Items(manifest);
        });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void EnvironmentMetadata_OverridesFileName()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fixtures/prod.json", "{\"AllowedHosts\": \"*\"}");

        var engine = TaskRunner.Validate(folder, task => task.SettingsFiles = new[] { TaskRunner.Item(file, ("Environment", "Production")) });

        Assert.Equal(new[] { "warning VIO4004 prod.json(1,2)" }, engine.Coded);
    }
}
