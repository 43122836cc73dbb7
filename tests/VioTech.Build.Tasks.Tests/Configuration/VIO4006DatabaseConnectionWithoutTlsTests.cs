using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4006DatabaseConnectionWithoutTlsTests
{
    [Theory]
    [InlineData("Host=db.abcd.supabase.co;Database=postgres;Username=postgres")]
    [InlineData("Host=db.abcd.supabase.co;Database=postgres;SSL Mode=Disable")]
    [InlineData("Server=203.0.113.9;Port=5432;Database=app;SslMode=Prefer")]
    [InlineData("postgresql://app@db.abcd.supabase.co:5432/postgres")]
    [InlineData("postgres://app@db.abcd.supabase.co/postgres?sslmode=disable")]
    public void RemoteConnectionWithoutTls_IsReported(string connection)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", "{\n  \"ConnectionStrings\": {\n    \"Default\": \"" + connection + "\"\n  }\n}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Equal(new[] { "warning VIO4006 appsettings.json(3,16)" }, engine.Coded);
        Assert.DoesNotContain("Username", engine.Warnings[0].Message);
    }

    [Theory]
    [InlineData("Host=localhost;Database=app;Username=app")]
    [InlineData("Host=db;Database=app;Username=app")]
    [InlineData("Host=10.1.2.3;Database=app;Username=app")]
    [InlineData("Host=db.abcd.supabase.co;Database=postgres;SSL Mode=VerifyFull")]
    [InlineData("postgresql://app@db.abcd.supabase.co:5432/postgres?sslmode=require")]
    [InlineData("Server=sql.example.com;Database=app;User Id=app;Encrypt=True")]
    [InlineData("${DATABASE_URL}")]
    public void LocalTlsOrOtherConnections_AreNotReported(string connection)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appsettings.json", "{\"ConnectionStrings\": {\"Default\": \"" + connection + "\"}}");

        var engine = TaskRunner.ValidateAndReport(folder, new[] { file });

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void EnvAndRenderValues_AreChecked()
    {
        using var folder = new TempFolder();
        var env = folder.Write(".env", "DATABASE_URL=postgres://app@db.abcd.supabase.co/postgres\n");
        var render = folder.Write("render.yaml", "services:\n  - name: api\n    envVars:\n      - key: DATABASE_URL\n        value: postgres://app@db.abcd.supabase.co/postgres?sslmode=allow\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.EnvFiles = new[] { TaskRunner.Item(env, ("Committed", "false")) };
            task.DeploymentFiles = TaskRunner.Items(render);
        });

        Assert.Equal(new[] { "warning VIO4006 .env(1,14)", "warning VIO4006 render.yaml(5,16)" }, engine.Coded);
    }
}
