using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Manifest;

public sealed class VIO4102RequiredVariableWithoutSourceTests
{
    private const string Manifest = """
        {
          "environments": ["Staging", "Production"],
          "variables": {
            "JWT_SECRET": { "secret": true, "configKey": "Jwt:Secret" },
            "SENTRY_DSN": { "required": ["Production"] }
          }
        }
        """;

    [Fact]
    public void MissingInOneEnvironment_IsReportedAtDeclaration()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", Manifest);
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: JWT_SECRET\n        sync: false\n      - key: SENTRY_DSN\n        sync: false\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.DeploymentFiles = TaskRunner.Items(render);
        });

        Assert.Equal(new[] { "warning VIO4102 viotech.env.json(4,5)" }, engine.Coded);
        Assert.Contains("Staging", engine.Warnings[0].Message);
    }

    [Fact]
    public void EverySourceKind_CountsForItsEnvironment()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", Manifest);
        var staging = folder.Write("appsettings.Staging.json", "{\"Jwt\": {\"Secret\": \"" + FakeValues.Random(40) + "\"}}");
        var envProduction = folder.Write(".env.production", "Jwt__Secret=" + FakeValues.Random(40, seed: 2) + "\n");
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - fromGroup: shared\nenvVarGroups:\n  - name: shared\n    envVars:\n      - key: SENTRY_DSN\n        generateValue: true\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.SettingsFiles = TaskRunner.Items(staging);
            task.EnvFiles = new[] { TaskRunner.Item(envProduction, ("Committed", "false")) };
            task.DeploymentFiles = TaskRunner.Items(render);
        });

        Assert.DoesNotContain(engine.Coded, line => line.Contains("VIO4102"));
    }

    [Fact]
    public void ComposeService_CountsForItsDeclaredEnvironment()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"environments\": [\"Development\", \"Staging\"], \"variables\": {\"DATABASE_URL\": {}}}");
        var compose = folder.Write("docker-compose.yml", "services:\n  api:\n    environment:\n      ASPNETCORE_ENVIRONMENT: Development\n      DATABASE_URL: ${DATABASE_URL}\n  db:\n    image: postgres:16\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.DeploymentFiles = TaskRunner.Items(compose);
        });

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4102", warning.Code);
        Assert.Contains("Staging", warning.Message);
    }

    [Fact]
    public void PlaceholderInSettings_IsNoSource()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"environments\": [\"Production\"], \"variables\": {\"JWT_SECRET\": {\"configKey\": \"Jwt:Secret\"}}}");
        var production = folder.Write("appsettings.Production.json", "{\"Jwt\": {\"Secret\": \"\"}}");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.SettingsFiles = TaskRunner.Items(production);
        });

        Assert.Equal(new[] { "warning VIO4102 viotech.env.json(1,48)" }, engine.Coded);
        Assert.Contains("appsettings.Production.json", engine.Warnings[0].Message);
        Assert.Contains("'Jwt:Secret'", engine.Warnings[0].Message);
    }

    [Fact]
    public void EnvExampleAsManifest_RequiresEveryKey()
    {
        using var folder = new TempFolder();
        var example = folder.Write(".env.example", "DATABASE_URL=\nRESEND_API_KEY=\n");
        var production = folder.Write(".env.production", "DATABASE_URL=postgres://app@localhost/app\n");

        var engine = TaskRunner.Validate(folder, task => task.EnvFiles = new[] { TaskRunner.Item(example), TaskRunner.Item(production, ("Committed", "false")) });

        Assert.Equal(new[] { "warning VIO4102 .env.example(2,1)" }, engine.Coded);
    }
}
