using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;

namespace VioTech.Analyzers.IntegrationTests;

/// <summary>Builds fresh web projects against the packed package and checks what a user and a build server see.</summary>
[Collection(BuildCollection.Name)]
public sealed class SliceBuildTests
{
    private readonly PackageFixture package;

    public SliceBuildTests(PackageFixture package) => this.package = package;

    [Fact]
    public void FreshProject_ReportsEverySliceRuleAtItsLine()
    {
        var project = new FreshProject(package, "slice");

        var build = project.Build();

        var results = FreshProject.Results(project.SarifPath);
        Assert.Contains(results, r => r.RuleId == "VIO1001" && r.File == "Program.cs" && r.Line == FreshProject.CorsLine);
        Assert.Contains(results, r => r.RuleId == "VIO2001" && r.File == "Program.cs" && r.Line == FreshProject.SecretLine && r.Level == "error");
        Assert.Contains(results, r => r.RuleId == "VIO3001" && r.File == "Program.cs" && r.Line == FreshProject.LogLine);
        Assert.Contains(results, r => r.RuleId == "VIO4001" && r.File == "appsettings.Production.json" && r.Line == FreshProject.SettingsErrorLine && r.Level == "error");
        Assert.NotEqual(0, build.ExitCode);
    }

    [Fact]
    public void FreshProject_ReportsPipelineRules()
    {
        var project = new FreshProject(package, "pipeline");

        project.Build();

        var results = FreshProject.Results(project.SarifPath);
        Assert.Contains(results, r => r.RuleId == "VIO1002" && r.File == "Program.cs" && r.Line == FreshProject.CorsLine && r.Level == "error");
        Assert.Contains(results, r => r.RuleId == "VIO1101" && r.File == "Program.cs");
        Assert.Contains(results, r => r.RuleId == "VIO1301" && r.File == "Program.cs" && r.Line == FreshProject.DeveloperExceptionPageLine);
        Assert.Contains(results, r => r.RuleId == "VIO1202" && r.File == "Program.cs" && r.Line == FreshProject.WeakCspLine);
    }

    [Fact]
    public void Reports_NeverContainTheSecret()
    {
        var project = new FreshProject(package, "no-secret-in-report");

        var build = project.Build();

        var secret = "AKIA" + "Q7RZ" + "W4XK" + "T2LM" + "N6PV";
        Assert.DoesNotContain(secret, build.Output);
        foreach (var file in Directory.GetFiles(Path.Combine(project.Directory, "obj", "viotech")))
        {
            Assert.DoesNotContain(secret, File.ReadAllText(file));
        }
    }

    [Fact]
    public void ConfigurationErrorAndCompilerWarning_AreReportedInOneBuild()
    {
        var project = new FreshProject(package, "both");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("appsettings.Production.json(4,5): error VIO4001", build.Output);
        Assert.Contains($"Program.cs({FreshProject.CompilerWarningLine},5): warning CS0168", build.Output);
    }

    [Fact]
    public void WarnAsErrorSwitch_FailsOnAnalyzerAndTaskWarnings()
    {
        var project = new FreshProject(package, "warnaserror");

        var build = project.Build(new[] { "-p:VioTechAnalysisMode=Audit", "-warnaserror" });

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error VIO1001", build.Output);
        Assert.Contains("error VIO4001", build.Output);
    }

    [Fact]
    public void TreatWarningsAsErrors_MakesTaskWarningsErrorsToo()
    {
        var project = new FreshProject(package, "twae");

        var build = project.Build(new[] { "-p:VioTechAnalysisMode=Audit", "-p:TreatWarningsAsErrors=true" });

        Assert.NotEqual(0, build.ExitCode);
        var results = FreshProject.Results(project.SarifPath);
        Assert.Contains(results, r => r.RuleId == "VIO1001" && r.Level == "error");
        Assert.Contains(results, r => r.RuleId == "VIO4001" && r.Level == "error");
    }

    [Fact]
    public void NoWarn_RemovesAnalyzerAndTaskRules()
    {
        var project = new FreshProject(package, "nowarn");

        project.Build(new[] { "-p:VioTechAnalysisMode=Audit", "-p:TreatWarningsAsErrors=true", "-p:NoWarn=VIO1001%3BVIO4001" });

        var ids = FreshProject.Results(project.SarifPath).Select(r => r.RuleId).ToList();
        Assert.DoesNotContain("VIO1001", ids);
        Assert.DoesNotContain("VIO4001", ids);
        Assert.Contains("VIO3001", ids);
    }

    [Fact]
    public void SpanishCliLanguage_GivesSpanishMessages()
    {
        var project = new FreshProject(package, "spanish");

        project.Build(environment: new Dictionary<string, string> { ["DOTNET_CLI_UI_LANGUAGE"] = "es" });

        var results = FreshProject.Results(project.SarifPath);
        Assert.Contains("política de CORS", results.Single(r => r.RuleId == "VIO1001").Message);
        Assert.Contains("no es JSON válido", results.Single(r => r.RuleId == "VIO4001").Message);
    }

    [Fact]
    public void ErrorLogVersion21_WritesValidSarifWithHelpUris()
    {
        var project = new FreshProject(package, "errorlog");
        var log = Path.Combine(project.Directory, "compiler.sarif");

        project.Build(new[] { "-p:VioTechReport=false", $"-p:ErrorLog={log}%2Cversion=2.1" });

        using var document = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Contains("sarif", document.RootElement.GetProperty("$schema").GetString());
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("VIO", System.StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString()));
        Assert.Contains(run.GetProperty("results").EnumerateArray(), result => result.GetProperty("ruleId").GetString() == "VIO1001");
    }

    [Fact]
    public void SecondBuild_IsUpToDateAndStillReports()
    {
        var project = new FreshProject(package, "incremental");
        var first = project.Build();

        var second = project.Build(new[] { "-v:d" });

        Assert.NotEqual(0, first.ExitCode);
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("Skipping target \"_VioTechValidateConfiguration\" because all output files are up-to-date", second.Output);
        Assert.Contains("error VIO4001", second.Output);
        Assert.Contains(FreshProject.Results(project.SarifPath), r => r.RuleId == "VIO4001");
    }

    [Fact]
    public void Package_ContainsExactlyTheExpectedEntries()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("package/", System.StringComparison.Ordinal) && !name.StartsWith("_rels/", System.StringComparison.Ordinal) && name != "[Content_Types].xml")
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToList();

        var expected = new List<string>
        {
            "README.md",
            "VioTech.Analyzers.nuspec",
            "analyzers/dotnet/cs/VioTech.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/VioTech.Analyzers.Core.dll",
            "analyzers/dotnet/cs/VioTech.Analyzers.dll",
            "analyzers/dotnet/cs/es/VioTech.Analyzers.resources.dll",
            "build/VioTech.Analyzers.props",
            "build/VioTech.Analyzers.targets",
            "buildTransitive/VioTech.Analyzers.props",
            "buildTransitive/VioTech.Analyzers.targets",
        };
        expected.AddRange(Directory.GetFiles(Path.Combine(package.RepositoryRoot, "build", "presets"), "*.globalconfig").Select(path => "build/presets/" + Path.GetFileName(path)));
        expected.AddRange(Directory.GetFiles(Path.Combine(package.RepositoryRoot, "build"), "*.json").Select(path => "build/" + Path.GetFileName(path)));
        foreach (var framework in new[] { "net472", "net8.0" })
        {
            var output = Path.Combine(package.RepositoryRoot, "src", "VioTech.Build.Tasks", "bin", "Release", framework);
            expected.AddRange(Directory.GetFiles(output, "*.dll")
                .Select(Path.GetFileName)
                .Where(name => !name!.StartsWith("Microsoft.Build", System.StringComparison.Ordinal))
                .Select(name => $"tasks/{framework}/{name}"));
            expected.Add($"tasks/{framework}/es/VioTech.Build.Tasks.resources.dll");
        }

        Assert.Equal(expected.OrderBy(name => name, System.StringComparer.Ordinal), entries);
        Assert.DoesNotContain(entries, name => name.Contains("Microsoft.Build", System.StringComparison.Ordinal));
        Assert.Contains(entries, name => name == "tasks/net8.0/VioTech.Build.Tasks.dll");
        Assert.Contains(entries, name => name == "tasks/net472/VioTech.Build.Tasks.dll");
    }
}
