using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4007CredentialInSettingsTests
{
    [Fact]
    public void CredentialNamedKey_IsReportedWithLength()
    {
        using var folder = new TempFolder();
        var password = FakeValues.Random(18);
        var file = folder.Write("appsettings.json", "{\n  \"Smtp\": { \"Password\": \"" + password + "\" }\n}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Equal(new[] { "warning VIO4007 appsettings.json(2,25)" }, engine.Coded);
        Assert.Contains("18", engine.Warnings[0].Message);
        Assert.Contains("Smtp__Password", engine.Warnings[0].Message);
        Assert.DoesNotContain(password, engine.AllText);
    }

    [Fact]
    public void RemoteConnectionStringPassword_IsReported()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", "{\"ConnectionStrings\": {\"Default\": \"Host=db.abcd.supabase.co;Database=postgres;Username=app;Password=" + FakeValues.Random(20) + ";SSL Mode=VerifyFull\"}}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Equal(new[] { "warning VIO4007 appsettings.json(1,35)" }, engine.Coded);
    }

    [Theory]
    [InlineData("{\"Smtp\": {\"Password\": \"changeme\"}}")]
    [InlineData("{\"Smtp\": {\"Password\": \"${SMTP_PASSWORD}\"}}")]
    [InlineData("{\"Smtp\": {\"Password\": \"\"}}")]
    [InlineData("{\"Jwt\": {\"SecretName\": \"jwt-signing-key\"}}")]
    [InlineData("{\"ConnectionStrings\": {\"Default\": \"Host=localhost;Database=app;Username=app;Password=devpass123\"}}")]
    [InlineData("{\"Auth\": {\"PasswordMinLength\": \"12\"}}")]
    public void PlaceholdersAndNonCredentials_AreNotReported(string json)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", json);

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void ManifestSecretOnSameLine_GivesOnlyVio4103()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"environments\": [\"Production\"], \"variables\": {\"JWT_SECRET\": {\"secret\": true, \"required\": false, \"configKey\": \"Jwt:Secret\"}}}");
        var file = folder.Write("appsettings.json", "{\"Jwt\": {\"Secret\": \"" + FakeValues.Random(40) + "\"}}");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.SettingsFiles = TaskRunner.Items(file);
        });

        Assert.Equal(new[] { "warning VIO4103 appsettings.json(1,20)" }, engine.Coded);
    }
}
