using System.IO;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Manifest;

public sealed class VIO4103SecretVariableLiteralTests
{
    private const string Manifest = "{\"environments\": [\"Production\"], \"variables\": {\"WOMPI_PRIVATE_KEY\": {\"secret\": true, \"required\": false, \"configKey\": \"Wompi:PrivateKey\"}, \"APP_NAME\": {\"required\": false}}}";

    [Fact]
    public void RenderValue_IsReportedWithoutTheValue()
    {
        using var folder = new TempFolder();
        var secret = FakeValues.Random(36);
        var manifest = folder.Write("viotech.env.json", Manifest);
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: WOMPI_PRIVATE_KEY\n        value: " + secret + "\n      - key: APP_NAME\n        value: tickets\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.DeploymentFiles = TaskRunner.Items(render);
        });

        Assert.Equal(new[] { "warning VIO4103 render.yaml(5,16)" }, engine.Coded);
        Assert.Contains("36", engine.Warnings[0].Message);
        Assert.DoesNotContain(secret.Substring(0, 12), engine.AllText);
    }

    [Fact]
    public void CommittedEnvComposeAndSettings_AreReported()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", Manifest);
        var env = folder.Write(".env.example", "WOMPI_PRIVATE_KEY=" + FakeValues.Random(30, seed: 3) + "\n");
        var compose = folder.Write("docker-compose.yml", "services:\n  api:\n    environment:\n      - WOMPI_PRIVATE_KEY=" + FakeValues.Random(30, seed: 4) + "\n");
        var settings = folder.Write("appsettings.Production.json", "{\"Wompi\": {\"PrivateKey\": \"" + FakeValues.Random(30, seed: 5) + "\"}}");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.EnvFiles = TaskRunner.Items(env);
            task.DeploymentFiles = TaskRunner.Items(compose);
            task.SettingsFiles = TaskRunner.Items(settings);
        });

        Assert.Equal(
            new[] { "warning VIO4103 .env.example(1,19)", "warning VIO4103 appsettings.Production.json(1,26)", "warning VIO4103 docker-compose.yml(4,27)" },
            engine.Coded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("changeme")]
    [InlineData("<your-wompi-key>")]
    [InlineData("${WOMPI_PRIVATE_KEY}")]
    public void PlaceholderValues_AreNotReported(string value)
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", Manifest);
        var env = folder.Write(".env.example", "WOMPI_PRIVATE_KEY=" + value + "\n");
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: WOMPI_PRIVATE_KEY\n        value: \"" + value + "\"\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.EnvFiles = TaskRunner.Items(env);
            task.DeploymentFiles = TaskRunner.Items(render);
        });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void GitIgnoredEnv_IsNotReported()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "bin/\n.env\n.env.*\n!.env.example\n");
        var manifest = folder.Write("src/viotech.env.json", Manifest);
        var ignored = folder.Write("src/.env", "WOMPI_PRIVATE_KEY=" + FakeValues.Random(30) + "\n");
        var example = folder.Write("src/.env.example", "WOMPI_PRIVATE_KEY=" + FakeValues.Random(30, seed: 9) + "\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.EnvFiles = TaskRunner.Items(ignored, example);
        });

        Assert.Equal(new[] { "warning VIO4103 .env.example(1,19)" }, engine.Coded);
    }

    [Fact]
    public void ConnectionWithoutPassword_IsNotReported()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"environments\": [\"Production\"], \"variables\": {\"DATABASE_URL\": {\"secret\": true, \"configKey\": \"ConnectionStrings:Default\"}}}");
        var settings = folder.Write("appsettings.Production.json", "{\"ConnectionStrings\": {\"Default\": \"Host=localhost;Database=app;Username=app;Password=\"}}");
        var withPassword = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: DATABASE_URL\n        value: postgres://app:" + FakeValues.Random(20) + "@localhost/app\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.SettingsFiles = TaskRunner.Items(settings);
            task.DeploymentFiles = TaskRunner.Items(withPassword);
        });

        Assert.Equal(new[] { "warning VIO4103 render.yaml(5,16)" }, engine.Coded);
    }

    [Fact]
    public void RenderSyncFalse_IsNotReported()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", Manifest);
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: WOMPI_PRIVATE_KEY\n        sync: false\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.DeploymentFiles = TaskRunner.Items(render);
        });

        Assert.Empty(engine.Coded);
    }
}
