using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4002ProviderSecretInConfigurationTests
{
    [Fact]
    public void SettingsValue_IsReportedWithPrefixOnly()
    {
        using var folder = new TempFolder();
        var key = FakeValues.ResendShaped();
        var file = folder.Write("appsettings.Production.json", "{\n  \"Resend\": { \"Token\": \"" + key + "\" }\n}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Equal(new[] { "warning VIO4002 appsettings.Production.json(2,25)" }, engine.Coded);
        Assert.Contains("Resend", engine.Warnings[0].Message);
        Assert.Contains("RESEND_API_KEY", engine.Warnings[0].Message);
        Assert.DoesNotContain(key.Substring(3), engine.AllText);
    }

    [Fact]
    public void EveryFileKind_IsScanned()
    {
        using var folder = new TempFolder();
        var env = folder.Write(".env.production", "STRIPE_SECRET_KEY=\"" + FakeValues.StripeLiveShaped() + "\"\n");
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: STRIPE\n        value: " + FakeValues.StripeLiveShaped(20) + "\n");
        var docker = folder.Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV RESEND_API_KEY=" + FakeValues.ResendShaped(30) + "\n");
        var workflow = folder.Write("ci.yml", "jobs:\n  build:\n    env:\n      KEY: \"" + FakeValues.ResendShaped(40) + "\"\n    steps:\n      - run: echo " + FakeValues.ResendShaped(50) + "\n");
        var launch = folder.Write("launchSettings.json", "{\"profiles\": {\"api\": {\"environmentVariables\": {\"STRIPE\": \"" + FakeValues.StripeLiveShaped(60) + "\"}}}}");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.EnvFiles = new[] { TaskRunner.Item(env, ("Committed", "true")) };
            task.DeploymentFiles = TaskRunner.Items(render);
            task.SecretScanFiles = TaskRunner.Items(docker, workflow, launch);
        });

        Assert.Equal(
            new[]
            {
                "warning VIO4002 .env.production(1,20)",
                "warning VIO4002 Dockerfile(2,20)",
                "warning VIO4002 ci.yml(4,13)",
                "warning VIO4002 launchSettings.json(1,59)",
                "warning VIO4002 render.yaml(5,16)",
            },
            engine.Coded);
    }

    [Fact]
    public void PublicTestIgnoredOrPlaceholderValues_AreNotReported()
    {
        using var folder = new TempFolder();
        var settings = folder.Write("appsettings.json", "{\"Stripe\": {\"PublishableKey\": \"" + FakeValues.StripePublishableShaped() + "\", \"SecretKey\": \"sk_live_your-key-here\"}, \"Test\": \"" + "sk" + "_test_" + FakeValues.Random(32) + "\"}");
        var ignored = folder.Write(".env", "RESEND_API_KEY=" + FakeValues.ResendShaped() + "\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.SettingsFiles = TaskRunner.Items(settings);
            task.EnvFiles = new[] { TaskRunner.Item(ignored, ("Committed", "false")) };
        });

        Assert.Empty(engine.Coded);
    }
}
