using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace VioTech.Analyzers.IntegrationTests;

/// <summary>Real builds of the configuration task rules that depend on several files or on the build's environment.</summary>
[Collection(BuildCollection.Name)]
public sealed class ConfigurationBuildTests
{
    private const string Manifest = """
        {
          "environments": ["Development", "Production"],
          "variables": {
            "JWT_SECRET": { "secret": true, "format": "jwt-secret", "configKey": "Jwt:Secret" },
            "WOMPI_PRIVATE_KEY": { "secret": true, "required": ["Production"] }
          }
        }
        """;

    private readonly PackageFixture package;

    public ConfigurationBuildTests(PackageFixture package) => this.package = package;

    [Fact]
    public void CommittedSecrets_AreReportedWithoutValues()
    {
        var project = new FreshProject(package, "config-secrets");
        // Assembled at run time so that no whole key-shaped value sits in the repository.
        var providerKey = "r" + "e_" + "Tq8mW2vL" + "_" + "x9Kp4Rz7Nc2Hb6Yd1Fs8Gj3Lw5Qe0Ua";
        var password = "Vb7" + "qK2x" + "Lm9Pz4";
        File.WriteAllText(Path.Combine(project.Directory, "appsettings.Staging.json"), "{\n  \"Resend\": { \"ApiKey\": \"" + providerKey + "\" },\n  \"Smtp\": { \"Password\": \"" + password + "\" }\n}\n");

        var build = project.Build();

        var results = FreshProject.Results(project.SarifPath);
        Assert.Contains(results, r => r.RuleId == "VIO4002" && r.File == "appsettings.Staging.json" && r.Line == 2 && r.Level == "error");
        Assert.Contains(results, r => r.RuleId == "VIO4007" && r.File == "appsettings.Staging.json" && r.Line == 3 && r.Level == "warning");
        Assert.DoesNotContain(providerKey.Substring(3), build.Output);
        Assert.DoesNotContain(password, build.Output);
    }

    [Fact]
    public void RequiredVariableWithoutSource_IsReportedAtManifest()
    {
        var project = new FreshProject(package, "config-sources");
        File.WriteAllText(Path.Combine(project.Directory, "viotech.env.json"), Manifest);
        File.WriteAllText(Path.Combine(project.Directory, "render.yaml"), "services:\n  - type: web\n    name: api\n    envVars:\n      - key: JWT_SECRET\n        generateValue: true\n");

        project.Build();

        var results = FreshProject.Results(project.SarifPath);
        var missing = results.Where(r => r.RuleId == "VIO4102").ToList();
        Assert.Contains(missing, r => r.File == "viotech.env.json" && r.Line == 5 && r.Message.Contains("Production"));
        Assert.Contains(missing, r => r.File == "viotech.env.json" && r.Line == 4 && r.Message.Contains("Development"));
        Assert.Equal(2, missing.Count);
    }

    [Fact]
    public void LiveEnvironmentCheck_ReportsMissingAndMalformedWithoutValues()
    {
        var project = new FreshProject(package, "config-live");
        File.WriteAllText(Path.Combine(project.Directory, "viotech.env.json"), Manifest);
        var shortSecret = "Zr4" + "Qp8";

        var failing = project.Build(
            new[] { "-p:VioTechValidateEnvironment=Production" },
            new Dictionary<string, string> { ["JWT_SECRET"] = shortSecret });

        Assert.Contains("viotech.env.json(4,5): error VIO4105", failing.Output);
        Assert.Contains("viotech.env.json(5,5): error VIO4105", failing.Output);
        Assert.DoesNotContain(shortSecret, failing.Output);

        var passing = project.Build(
            new[] { "-p:VioTechValidateEnvironment=Production" },
            new Dictionary<string, string> { ["JWT_SECRET"] = new string('k', 20) + "Qp8Zr4Lm9Tx2Vb7Nc5", ["WOMPI_PRIVATE_KEY"] = "set-by-the-pipeline" });

        Assert.DoesNotContain("VIO4105", passing.Output);
    }

    [Fact]
    public void CodeReads_FollowSettingsEdits()
    {
        var project = new FreshProject(package, "config-reads");
        File.WriteAllText(Path.Combine(project.Directory, "viotech.env.json"), Manifest);
        var password = "Hq4" + "Tn8Wc" + "2Lx6";
        var settingsPath = Path.Combine(project.Directory, "appsettings.json");
        File.WriteAllText(settingsPath, "{\n  \"Jwt\": { \"Issuer\": \"https://auth.example\", \"Audience\": \"tickets\" },\n  \"Ticketing\": {\n    \"MaxTicketsPerOrder\": 50\n  },\n  \"Smtp\": { \"Password\": \"" + password + "\" }\n}\n");
        File.WriteAllText(Path.Combine(project.Directory, "Reads.cs"), string.Join("\n", new[]
        {
            "using System.ComponentModel.DataAnnotations;",
            "",
            "public sealed class TicketingOptions",
            "{",
            "    [Range(1, 10)]",
            "    public int MaxTicketsPerOrder { get; set; }",
            "}",
            "",
            "public static class Reads",
            "{",
            "    public static string? Secret() => Environment.GetEnvironmentVariable(\"JWT_SECRTE\");",
            "    public static string? Audience(IConfiguration configuration) => configuration[\"Jwt:Audiense\"];",
            "    public static void Bind(IServiceCollection services, IConfiguration configuration) =>",
            "        services.AddOptions<TicketingOptions>().BindConfiguration(\"Ticketing\").ValidateDataAnnotations();",
            "}",
            "",
        }));

        var first = project.Build();

        var results = FreshProject.Results(project.SarifPath);
        Assert.Contains(results, r => r.RuleId == "VIO4201" && r.File == "Reads.cs" && r.Line == 11 && r.Message.Contains("JWT_SECRET"));
        Assert.Contains(results, r => r.RuleId == "VIO4202" && r.File == "Reads.cs" && r.Line == 12 && r.Level == "note" && r.Message.Contains("Jwt:Audience"));
        Assert.Contains(results, r => r.RuleId == "VIO4203" && r.File == "appsettings.json" && r.Line == 4 && r.Message.Contains("[Range(1, 10)]"));
        var index = Directory.GetFiles(Path.Combine(project.Directory, "obj"), "viotech.configuration.txt", SearchOption.AllDirectories);
        Assert.DoesNotContain(password, File.ReadAllText(Assert.Single(index)));
        Assert.DoesNotContain(password, first.Output);

        // The index is an input of the compilation: fixing the value and building again clears the finding.
        File.WriteAllText(settingsPath, File.ReadAllText(settingsPath).Replace("\"MaxTicketsPerOrder\": 50", "\"MaxTicketsPerOrder\": 5"));
        project.Build();

        var after = FreshProject.Results(project.SarifPath);
        Assert.DoesNotContain(after, r => r.RuleId == "VIO4203");
        Assert.Contains(after, r => r.RuleId == "VIO4201");
    }
}
