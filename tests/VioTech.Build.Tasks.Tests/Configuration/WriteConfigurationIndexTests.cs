using System.IO;
using System.Linq;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class WriteConfigurationIndexTests
{
    private static ConfigurationIndex Run(TempFolder folder, System.Action<WriteConfigurationIndex> setup, out RecordingBuildEngine engine)
    {
        engine = new RecordingBuildEngine();
        var task = new WriteConfigurationIndex { BuildEngine = engine, IndexFile = Path.Combine(folder.Path, "obj", ConfigurationIndex.FileName) };
        setup(task);
        Assert.True(task.Execute());
        var index = ConfigurationIndex.Parse(File.ReadAllText(task.IndexFile));
        Assert.NotNull(index);
        return index!;
    }

    [Fact]
    public void SettingsManifestAndSources_AreIndexed()
    {
        using var folder = new TempFolder();
        var settings = folder.Write("appsettings.json", "{\n  \"Jwt\": {\n    \"Issuer\": \"https://auth.example\",\n    \"ExpiryMinutes\": 60,\n    \"Strict\": true\n  },\n  \"Hosts\": [\"a\", \"b\"],\n  \"Empty\": null\n}");
        var production = folder.Write("appsettings.Production.json", "{ \"Jwt\": { \"ExpiryMinutes\": 30 } }");
        var manifest = folder.Write("viotech.env.json", "{ \"environments\": [\"Staging\", \"Production\"], \"variables\": { \"DATABASE_URL\": { \"secret\": true, \"configKey\": \"ConnectionStrings:Default\" }, \"Wompi__PublicKey\": {} } }");
        var env = folder.Write(".env", "LOG_FORMAT=json\n");
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: SENTRY_DSN\n        sync: false\n");

        var index = Run(folder, task =>
        {
            task.SettingsFiles = TaskRunner.Items(settings, production);
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.EnvFiles = TaskRunner.Items(env);
            task.DeploymentFiles = TaskRunner.Items(render);
        }, out var engine);

        Assert.Empty(engine.AllText);
        Assert.Equal(manifest, index.ManifestPath);
        Assert.Equal(new[] { "Staging", "Production", "Development" }, index.Environments);
        var issuer = Assert.Single(index.SettingsWithKey("jwt:issuer"));
        Assert.Equal((SettingKind.String, "https://auth.example", 3, 15), (issuer.Kind, issuer.Value, issuer.Line, issuer.Column));
        Assert.Equal(new[] { (null, "60"), ("Production", "30") }, index.SettingsWithKey("Jwt:ExpiryMinutes").Select(setting => (setting.File.Environment, setting.Value)));
        Assert.Equal(SettingKind.True, Assert.Single(index.SettingsWithKey("Jwt:Strict")).Kind);
        Assert.Equal(SettingKind.Null, Assert.Single(index.SettingsWithKey("Empty")).Kind);
        Assert.True(index.ContainsKeyOrSection("Hosts"));
        Assert.True(index.ContainsKeyOrSection("hosts:1"));
        Assert.Equal(new[] { ("DATABASE_URL", "ConnectionStrings:Default", true), ("Wompi__PublicKey", "Wompi:PublicKey", false) },
            index.Variables.Select(variable => (variable.Name, variable.ConfigKey, variable.Secret)));
        Assert.Equal(new[] { "LOG_FORMAT", "SENTRY_DSN" }, index.SourceNames);
    }

    [Fact]
    public void SecretValues_AreRecordedByLengthOnly()
    {
        using var folder = new TempFolder();
        var resend = FakeValues.ResendShaped();
        var password = "Sup3r-" + System.Guid.NewGuid().ToString("N");
        var settings = folder.Write(
            "appsettings.json",
            "{ \"Resend\": { \"Sender\": \"" + resend + "\" }, \"Jwt\": { \"Secret\": \"" + password + "\" }, " +
            "\"ConnectionStrings\": { \"Default\": \"Host=db;Username=app\" }, \"Mail\": { \"Url\": \"postgres://app:" + password + "@db/app\" }, " +
            "\"Wompi\": { \"Merchant\": \"" + password + "\" } }");
        var manifest = folder.Write("viotech.env.json", "{ \"variables\": { \"WOMPI_MERCHANT\": { \"secret\": true, \"configKey\": \"Wompi:Merchant\" } } }");

        var index = Run(folder, task =>
        {
            task.SettingsFiles = TaskRunner.Items(settings);
            task.ManifestFiles = TaskRunner.Items(manifest);
        }, out _);

        var text = File.ReadAllText(Path.Combine(folder.Path, "obj", ConfigurationIndex.FileName));
        Assert.DoesNotContain(resend.Substring(3), text);
        Assert.DoesNotContain(password, text);
        Assert.DoesNotContain("Username=app", text);
        foreach (var key in new[] { "Resend:Sender", "Jwt:Secret", "ConnectionStrings:Default", "Mail:Url", "Wompi:Merchant" })
        {
            var setting = Assert.Single(index.SettingsWithKey(key));
            Assert.Equal(SettingKind.Secret, setting.Kind);
            Assert.Equal(setting.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), setting.Value);
            Assert.True(setting.Count > 0);
        }
    }

    [Fact]
    public void BrokenFiles_AddNoKeysAndLogNothing()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("appsettings.json", "{ \"Jwt\": { \"Issuer\": ");
        var manifest = folder.Write("viotech.env.json", "[1, 2");
        var good = folder.Write("appsettings.Production.json", "{ \"Jwt\": { \"Issuer\": \"https://auth.example\" } }");

        var index = Run(folder, task =>
        {
            task.SettingsFiles = TaskRunner.Items(broken, good);
            task.ManifestFiles = TaskRunner.Items(manifest);
        }, out var engine);

        Assert.Empty(engine.AllText);
        Assert.False(index.HasManifest);
        Assert.Equal("Production", Assert.Single(index.Files).Environment);
        Assert.Single(index.SettingsWithKey("Jwt:Issuer"));
    }

    [Fact]
    public void FieldsWithTabsAndNewlines_RoundTrip()
    {
        var file = new IndexedFile(0, "/srv/app\tone/appsettings.json", null);
        var text = ConfigurationIndex.Write(
            null,
            new[] { "Production" },
            new[] { file },
            new[] { new IndexedSetting(file, 1, 2, SettingKind.String, "Banner:Text", "line one\nline\ttwo \\ end") },
            System.Array.Empty<IndexedVariable>(),
            System.Array.Empty<string>());

        var index = ConfigurationIndex.Parse(text)!;

        Assert.Equal("/srv/app\tone/appsettings.json", Assert.Single(index.Files).Path);
        Assert.Equal("line one\nline\ttwo \\ end", Assert.Single(index.Settings).Value);
        Assert.Null(ConfigurationIndex.Parse("not an index\nsetting\t0"));
    }
}
