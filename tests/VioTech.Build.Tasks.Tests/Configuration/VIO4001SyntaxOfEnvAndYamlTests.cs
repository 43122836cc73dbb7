using System.Threading;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Configuration;

public sealed class VIO4001SyntaxOfEnvAndYamlTests
{
    [Fact]
    public void EnvLineWithoutEquals_IsReportedAtItsPosition()
    {
        using var folder = new TempFolder();
        var file = folder.Write(".env", "# comment\nA=1\n  JUST_A_NAME\n");

        var engine = TaskRunner.Validate(folder, task => task.EnvFiles = TaskRunner.Items(file));

        Assert.Equal(new[] { "warning VIO4001 .env(3,3)" }, engine.Coded);
        Assert.Contains(".env", engine.Warnings[0].Message);
    }

    [Fact]
    public void EnvCommentsExportAndQuotes_AreAccepted()
    {
        using var folder = new TempFolder();
        var file = folder.Write(".env", "# comment\n\nexport A=1\nB=\"two words\" # note\nC='x y'\nD=\"multi\nline\"\nE=\n");

        var engine = TaskRunner.Validate(folder, task => task.EnvFiles = TaskRunner.Items(file));

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void YamlSyntaxError_IsReportedAtItsPosition()
    {
        using var folder = new TempFolder();
        var file = folder.Write("render.yaml", "services:\n  - type: web\n    name: api\n   envVars: [\n");

        var engine = TaskRunner.Validate(folder, task => task.DeploymentFiles = TaskRunner.Items(file));

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4001", warning.Code);
        Assert.Equal(4, warning.LineNumber);
        Assert.Contains("YAML", warning.Message);
    }

    [Fact]
    public void ValidYaml_GivesNoFinding()
    {
        using var folder = new TempFolder();
        var file = folder.Write("render.yaml", "services:\n  - type: web\n    name: api\n    envVars:\n      - key: A\n        value: \"1\"\n");

        var engine = TaskRunner.Validate(folder, task => task.DeploymentFiles = TaskRunner.Items(file));

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void YamlMarks_AreOneBased()
    {
        var findings = new System.Collections.Generic.List<VioTech.Build.Tasks.Infrastructure.Finding>();
        var documents = YamlReader.Read("x.yaml", System.Text.Encoding.UTF8.GetBytes("a:\n  b: c\n"), findings)!;

        var root = Assert.IsType<YamlMapping>(Assert.Single(documents));
        var inner = Assert.IsType<YamlMapping>(root.Get("a"));
        var value = Assert.IsType<YamlScalar>(inner.Get("b"));
        Assert.Equal((2, 6), (value.Line, value.Column));
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("block")]
    [InlineData("flow")]
    public void YamlTenThousandDeep_IsReportedOnOneMegabyteStack(string style)
    {
        const int depth = 10_000;
        var text = style == "flow"
            ? new string('[', depth) + new string(']', depth)
            : BuildBlockNesting(depth);
        using var folder = new TempFolder();
        var file = folder.Write("render.yaml", text);
        RecordingBuildEngine? engine = null;
        System.Exception? failure = null;

        // A stack overflow would kill the test process instead of failing the test, which also fails the run.
        var thread = new Thread(() =>
        {
            try
            {
                engine = TaskRunner.Validate(folder, task => task.DeploymentFiles = TaskRunner.Items(file));
            }
            catch (System.Exception exception)
            {
                failure = exception;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(System.TimeSpan.FromSeconds(60)), "The YAML reader did not finish within 60 s.");

        Assert.Null(failure);
        var warning = Assert.Single(engine!.Warnings);
        Assert.True(warning.Code == "VIO4001", warning.Message);
        Assert.Equal("VIO4001", warning.Code);
        Assert.Equal(1, warning.LineNumber);
    }

    [Fact]
    public void BomPrefixedEnvAndYaml_AreRead()
    {
        using var folder = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var env = folder.WriteBytes(".env", Concat(bom, "A=1\nnot an assignment\n"));
        var yaml = folder.WriteBytes("render.yaml", Concat(bom, "services:\n  - name: api\n"));

        var engine = TaskRunner.Validate(folder, task =>
        {
            task.EnvFiles = new[] { TaskRunner.Item(env, ("Committed", "false")) };
            task.DeploymentFiles = TaskRunner.Items(yaml);
        });

        Assert.Equal(new[] { "warning VIO4001 .env(2,1)" }, engine.Coded);
    }

    [Fact]
    public void EmptyEnvFile_GivesNoFinding()
    {
        using var folder = new TempFolder();
        var env = folder.Write(".env", "");

        var engine = TaskRunner.Validate(folder, task => task.EnvFiles = new[] { TaskRunner.Item(env, ("Committed", "false")) });

        Assert.Empty(engine.Coded);
    }

    private static byte[] Concat(byte[] prefix, string text) =>
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(prefix, System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void EmptyYaml_GivesNoFinding()
    {
        using var folder = new TempFolder();
        var file = folder.Write("render.yaml", "");

        var engine = TaskRunner.Validate(folder, task => task.DeploymentFiles = TaskRunner.Items(file));

        Assert.Empty(engine.Coded);
    }

    [Fact]
    public void HugeFile_GivesTaskWarningNotParse()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "appsettings.json");
        using (var stream = System.IO.File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var engine = TaskRunner.ValidateAndReport(folder, new[] { path });

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("VIO4000", warning.Code);
        Assert.Contains("50", warning.Message);
    }

    // Compact nested block sequences ("- - - x") nest one level per two characters on a single line.
    private static string BuildBlockNesting(int depth) => new System.Text.StringBuilder().Insert(0, "- ", depth).Append("x\n").ToString();
}
