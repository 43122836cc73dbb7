using System.Collections.Generic;
using System.IO;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Manifest;

public sealed class VIO4105EnvironmentVariableInvalidTests
{
    private const string Manifest = """
        {
          "environments": ["Development", "Production"],
          "variables": {
            "DATABASE_URL": { "format": "postgres-url" },
            "JWT_SECRET": { "secret": true, "format": "jwt-secret", "required": ["Production"] },
            "PUBLIC_URL": { "format": "https-url" },
            "LOG_FORMAT": { "allowedValues": ["json", "text"] },
            "Jwt__Issuer": { "minLength": 5 },
            "TICKET_PREFIX": { "format": "regex:^[A-Z]{3}$" }
          }
        }
        """;

    [Fact]
    public void MissingAndMalformed_AreReportedWithoutValues()
    {
        using var folder = new TempFolder();
        var shortSecret = FakeValues.Random(12);
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "Host=db;Database=app",
            ["JWT_SECRET"] = shortSecret,
            ["PUBLIC_URL"] = "http://tickets.example.com",
            ["LOG_FORMAT"] = "xml",
            ["Jwt__Issuer"] = "abc",
        };

        var engine = Run(folder, "Production", environment);

        Assert.Equal(
            new[]
            {
                "warning VIO4105 viotech.env.json(4,5)",
                "warning VIO4105 viotech.env.json(5,5)",
                "warning VIO4105 viotech.env.json(6,5)",
                "warning VIO4105 viotech.env.json(7,5)",
                "warning VIO4105 viotech.env.json(8,5)",
                "warning VIO4105 viotech.env.json(9,5)",
            },
            engine.Coded);
        Assert.DoesNotContain(shortSecret, engine.AllText);
        Assert.DoesNotContain("Host=db", engine.AllText);
        Assert.DoesNotContain("xml", engine.AllText);
        Assert.Contains("is not set", engine.Warnings[5].Message);
    }

    [Fact]
    public void ValidEnvironment_GivesNoFinding()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgresql://app@db.abcd.supabase.co:5432/postgres?sslmode=require",
            ["JWT_SECRET"] = FakeValues.Random(48),
            ["PUBLIC_URL"] = "https://tickets.example.com",
            ["LOG_FORMAT"] = "json",
            ["Jwt__Issuer"] = "viotech",
            ["TICKET_PREFIX"] = "VIO",
        };

        var engine = Run(folder, "Production", environment);

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void VariableRequiredElsewhere_IsNotChecked()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgres://app@localhost/app",
            ["PUBLIC_URL"] = "https://localhost:5001",
            ["LOG_FORMAT"] = "text",
            ["Jwt__Issuer"] = "viotech",
            ["TICKET_PREFIX"] = "DEV",
        };

        var engine = Run(folder, "Development", environment);

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void CatastrophicRegex_TimesOutInsteadOfHanging()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"environments\": [\"Production\"], \"variables\": {\"CODE\": {\"format\": \"regex:^(a+)+$\"}}}");
        var engine = Run(folder, "Production", new Dictionary<string, string> { ["CODE"] = new string('a', 40) + "!" }, manifest);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4105", warning.Code);
        Assert.Contains("ms", warning.Message);
    }

    [Fact]
    public void UnknownEnvironment_IsTaskWarning()
    {
        using var folder = new TempFolder();

        var engine = Run(folder, "Prod", new Dictionary<string, string>());

        Assert.Equal("VIO4000", Assert.Single(engine.Warnings).Code);
    }

    private static RecordingBuildEngine Run(TempFolder folder, string environment, Dictionary<string, string> variables, string? manifestPath = null)
    {
        var manifest = manifestPath ?? folder.Write("viotech.env.json", Manifest);
        var findings = Path.Combine(folder.Path, "obj", "viotech.environment.txt");
        var task = new CheckEnvironmentVariables
        {
            BuildEngine = new RecordingBuildEngine(),
            Environment = environment,
            ManifestFiles = TaskRunner.Items(manifest),
            FindingsFile = findings,
            ReadVariable = name => variables.TryGetValue(name, out var value) ? value : null,
        };
        Assert.True(task.Execute());
        return TaskRunner.Report(findings);
    }
}
