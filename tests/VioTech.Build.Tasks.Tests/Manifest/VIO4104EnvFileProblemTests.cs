using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Manifest;

public sealed class VIO4104EnvFileProblemTests
{
    [Theory]
    [InlineData("A = 1\n", 1, 3, "spaces")]
    [InlineData("A=1\nB=2\nA=3\n", 3, 1, "line 1")]
    [InlineData("a=1\nA=2\n", 2, 1, "line 1")]
    [InlineData("Jwt:Secret=x\n", 1, 1, "'Jwt:Secret'")]
    [InlineData("1ABC=x\n", 1, 1, "'1ABC'")]
    [InlineData("A=two words\n", 1, 3, "quoted")]
    [InlineData("A=\"never closed\nB=2\n", 1, 3, "quote")]
    [InlineData("A='x\n", 1, 3, "quote")]
    public void EnvProblem_IsReportedAtItsPosition(string content, int line, int column, string detail)
    {
        using var folder = new TempFolder();
        var env = folder.Write(".env", content);

        var engine = TaskRunner.Validate(folder, task => task.EnvFiles = new[] { TaskRunner.Item(env, ("Committed", "false")) });

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4104", warning.Code);
        Assert.Equal((line, column), (warning.LineNumber, warning.ColumnNumber));
        Assert.Contains(detail, warning.Message);
    }

    [Fact]
    public void KeyNotInManifest_IsReported()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"environments\": [\"Development\"], \"variables\": {\"RESEND_API_KEY\": {\"required\": false}, \"Jwt__Secret\": {\"required\": false}}}");
        var env = folder.Write(".env", "RESEND_API_KEY=\nRESEND_APIKEY=\nJWT__SECRET=\nASPNETCORE_ENVIRONMENT=Development\n");

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.ManifestFiles = TaskRunner.Items(manifest);
            task.EnvFiles = new[] { TaskRunner.Item(env, ("Committed", "false")) };
        });

        Assert.Equal(new[] { "warning VIO4104 .env(2,1)" }, engine.Coded);
        Assert.Contains("viotech.env.json", engine.Warnings[0].Message);
    }

    [Fact]
    public void KeyNotInEnvExample_IsReported()
    {
        using var folder = new TempFolder();
        var example = folder.Write(".env.example", "DATABASE_URL=\n");
        var env = folder.Write(".env", "DATABASE_URL=postgres://app@localhost/app\nDATABSE_URL=x\n");

        var engine = TaskRunner.Validate(folder, task => task.EnvFiles = new[] { TaskRunner.Item(example), TaskRunner.Item(env, ("Committed", "false")) });

        Assert.Equal(new[] { "warning VIO4104 .env(2,1)" }, engine.Coded);
    }
}
