using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.IntegrationTests;

/// <summary>
/// Reports, suppressions, baselines, levels and solution reports on real builds of fresh projects.
/// Each test builds its own project; a build takes 15-30 s, so the tests are few and broad.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class ReportBuildTests
{
    private const string SuppressionsSource = """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.AspNetCore.Cors.Infrastructure;

        static class PartnerPolicies
        {
            [SuppressMessage("VioTech.Cors", "VIO1001", Justification = "Partner portal is read-only")]
            public static void Portal(CorsPolicyBuilder policy) => policy.AllowAnyOrigin();

            public static void Sandbox(CorsPolicyBuilder policy)
            {
        #pragma warning disable VIO1001 // Justification: sandbox has no credentials
                policy.AllowAnyOrigin();
        #pragma warning restore VIO1001
            }
        }
        """;

    private const string EditorConfig = """
        root = true
        [*.cs]
        # Justification: log templates reviewed by the platform team
        dotnet_diagnostic.VIO3001.severity = none
        """;

    private static readonly string Secret = "AKIA" + "Q7RZ" + "W4XK" + "T2LM" + "N6PV";

    private readonly PackageFixture package;

    public ReportBuildTests(PackageFixture package) => this.package = package;

    [Fact]
    public void FailingBuild_ReportListsFindingsAndSuppressions()
    {
        var project = ProjectWithSuppressions("report-failing");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        var folder = Path.Combine(project.Directory, "obj", "viotech");
        var summary = File.ReadAllText(Path.Combine(folder, "viotech-summary.md"));
        Assert.Contains("| VIO1001 | Suppressions.cs(7,", summary);
        Assert.Contains("| SuppressMessage attribute | Partner portal is read-only |", summary);
        Assert.Contains("| #pragma warning disable | sandbox has no credentials |", summary);
        Assert.Contains("| VIO3001 | .editorconfig(4,1) | Severity none in configuration | log templates reviewed by the platform team |", summary);
        var html = File.ReadAllText(Path.Combine(folder, "viotech-report.html"));
        Assert.Contains("<table id=\"suppressions\">", html);
        Assert.Contains("href=\"https://github.com/viotech/viotech-analyzers/blob/main/docs/rules/VIO4001.md\"", html);
        Assert.Contains("appsettings.Production.json(4,5)", html);
    }

    [Fact]
    public void ReportOutputs_NeverContainTheSecret()
    {
        var project = ProjectWithSuppressions("report-secret");

        var build = project.Build();
        var baseline = Dotnet.Run(project.Directory, new[] { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-t:VioTechUpdateBaseline" }, package.NuGetPackages);

        Assert.Equal(0, baseline.ExitCode);
        Assert.DoesNotContain(Secret, build.Output);
        Assert.DoesNotContain(Secret, baseline.Output);
        var outputs = Directory.GetFiles(Path.Combine(project.Directory, "obj"), "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path).Contains("viotech", StringComparison.Ordinal))
            .Append(Path.Combine(project.Directory, "viotech.baseline.json"))
            .ToList();
        Assert.Contains(outputs, path => path.EndsWith("viotech-report.html", StringComparison.Ordinal));
        Assert.Contains(outputs, path => path.EndsWith("viotech.baseline.txt", StringComparison.Ordinal) || path.EndsWith("viotech.sarif", StringComparison.Ordinal));
        foreach (var file in outputs)
        {
            Assert.DoesNotContain(Secret, File.ReadAllText(file));
        }
    }

    [SkippableFact]
    public void HtmlReport_RendersInChromium()
    {
        var chromium = FindChromium();
        Skip.If(chromium is null, "No chromium executable is installed; .ci/run installs Debian's chromium package.");
        var project = new FreshProject(package, "report-chromium");
        project.Build();
        var html = Path.Combine(project.Directory, "obj", "viotech", "viotech-report.html");

        var dom = DumpDom(chromium!, html);

        // The summary sentence and the count set by the page's inline script show it rendered from disk.
        var summary = Regex.Match(dom, "<p class=\"summary\" id=\"summary\">([^<]*)</p>");
        Assert.True(summary.Success, "The rendered page has no summary paragraph:\n" + dom.Substring(0, Math.Min(dom.Length, 2000)));
        Assert.Matches("^[1-9][0-9]* errors, [0-9]+ warnings, [0-9]+ info, 0 suppressed\\.$", summary.Groups[1].Value);
        var rows = Regex.Matches(dom, "<tr data-level=").Count;
        Assert.Contains($"data-visible-findings=\"{rows}\"", dom);
        Assert.True(rows >= 2, $"Expected at least two findings rows, found {rows}.");
    }

    [Fact]
    public void Baseline_FailingProjectPassesThenReportsStaleAndExpired()
    {
        var project = new FreshProject(package, "baseline");
        var baselineFile = Path.Combine(project.Directory, "viotech.baseline.json");

        var update = Dotnet.Run(project.Directory, new[] { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-t:VioTechUpdateBaseline" }, package.NuGetPackages);
        var passing = project.Build();

        Assert.Equal(0, update.ExitCode);
        Assert.True(File.Exists(baselineFile), update.Output);
        var rules = JsonDocument.Parse(File.ReadAllText(baselineFile)).RootElement.GetProperty("entries").EnumerateArray()
            .Select(entry => entry.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("VIO1001", rules);
        Assert.Contains("VIO4001", rules);
        Assert.True(passing.ExitCode == 0, passing.Output);
        var summary = File.ReadAllText(Path.Combine(project.Directory, "obj", "viotech", "viotech-summary.md"));
        Assert.Contains($"| VIO1001 | Program.cs({FreshProject.CorsLine},", summary);
        Assert.Contains("| Baselined |", summary);

        // Fix the CORS finding and give the settings entry an expiry that has passed.
        var program = Path.Combine(project.Directory, "Program.cs");
        File.WriteAllText(program, File.ReadAllText(program).Replace("policy.SetIsOriginAllowed(_ => true).AllowCredentials()", "policy.WithOrigins(\"https://tickets.example.com\")", StringComparison.Ordinal));
        var json = File.ReadAllText(baselineFile);
        var settingsEntry = Regex.Match(json, "\"ruleId\": \"VIO4001\",[^}]*\"justification\": \"\"");
        Assert.True(settingsEntry.Success, json);
        File.WriteAllText(baselineFile, json.Replace(settingsEntry.Value, settingsEntry.Value.Replace("\"justification\": \"\"", "\"justification\": \"Accepted at adoption until 2026-01-31\"", StringComparison.Ordinal), StringComparison.Ordinal));
        var later = project.Build(new[] { "-p:VioTechToday=2026-02-01" });

        Assert.NotEqual(0, later.ExitCode);
        Assert.Matches("viotech\\.baseline\\.json\\([0-9]+(,[0-9]+)?\\): warning VIO4902", later.Output);
        Assert.Matches("viotech\\.baseline\\.json\\([0-9]+(,[0-9]+)?\\): warning VIO4903", later.Output);
        Assert.Contains("error VIO4001", later.Output);
    }

    [Fact]
    public void ModeAndLevel_ChangeSeveritiesAndRejectUnknownLevel()
    {
        var project = new FreshProject(package, "levels");

        var minimum = project.Build(new[] { "-p:VioTechAnalysisMode=Minimum", "-p:VioTechAnalysisLevel=1.0" });
        var results = FreshProject.Results(project.SarifPath);

        // "dotnet msbuild -getProperty" only evaluates the project; "dotnet build -getProperty" would build it.
        var preset = Dotnet.Run(project.Directory, new[] { "msbuild", "-nodeReuse:false", "-getProperty:_VioTechPreset", "-p:VioTechAnalysisLevel=1.0" }, package.NuGetPackages);
        var unknown = project.Build(new[] { "-p:VioTechAnalysisLevel=0.9" });

        Assert.DoesNotContain(results, r => r.RuleId == "VIO1001");
        Assert.Contains(results, r => r.RuleId == "VIO4001" && r.Level == "error");
        Assert.DoesNotContain("error VIO4000", minimum.Output);
        Assert.EndsWith("VioTech.Recommended.1.0.globalconfig", preset.Output.Trim());
        Assert.Contains("error VIO4000", unknown.Output);
        Assert.Contains("VioTechAnalysisLevel '0.9' is not valid", unknown.Output);
    }

    [Fact]
    public void SolutionReport_MergesTwoProjectsAndCountsMultiTargetFindingsOnce()
    {
        var root = Path.Combine(package.Root, "solution");
        WriteSolution(root);
        var reportDirectory = Path.Combine(root, "artifacts", "viotech");

        var build = Dotnet.Run(
            root,
            new[] { "build", "All.slnx", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:VioTechReport=true", "-p:VioTechSolutionReportDirectory=" + reportDirectory },
            package.NuGetPackages);

        var sarif = Path.Combine(reportDirectory, "viotech.sarif");
        Assert.True(File.Exists(sarif), build.Output);
        var results = FreshProject.Results(sarif);
        Assert.Single(results, r => r.RuleId == "VIO1001" && r.File == "ApiPolicies.cs");
        Assert.Single(results, r => r.RuleId == "VIO1001" && r.File == "LibPolicies.cs");
        Assert.Single(results, r => r.RuleId == "VIO4001");
        var html = File.ReadAllText(Path.Combine(reportDirectory, "viotech-report.html"));
        Assert.Contains("<td>Api</td>", html);
        Assert.Contains("<td>Lib</td>", html);
    }

    [SkippableFact]
    public void DotnetFormat_AppliesCodeFixesInBulk()
    {
        // VIO3001 and VIO2001 have fixes that apply in the fresh project's top-level statements.
        // VIO3003 is left out because its fix needs a logger field or parameter, which the project lacks.
        var fixable = new List<string> { "VIO3001", "VIO2001" };
        var project = new FreshProject(package, "format");
        project.Build();
        var before = FreshProject.Results(project.SarifPath).Where(r => fixable.Contains(r.RuleId)).Select(r => r.RuleId).Distinct().ToList();
        Assert.Equal(fixable.OrderBy(id => id), before.OrderBy(id => id));

        var format = Dotnet.Run(project.Directory, new[] { "format", "analyzers", "--diagnostics" }.Concat(fixable).Concat(new[] { "--severity", "info", "-v", "n" }).ToList(), package.NuGetPackages);
        project.Build();

        Assert.True(format.ExitCode == 0, format.Output);
        var after = FreshProject.Results(project.SarifPath).Where(r => fixable.Contains(r.RuleId)).ToList();
        Assert.Empty(after);
    }

    private FreshProject ProjectWithSuppressions(string name)
    {
        var project = new FreshProject(package, name);
        File.WriteAllText(Path.Combine(project.Directory, "Suppressions.cs"), SuppressionsSource);
        File.WriteAllText(Path.Combine(project.Directory, ".editorconfig"), EditorConfig);
        return project;
    }

    private void WriteSolution(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "Api"));
        Directory.CreateDirectory(Path.Combine(root, "Lib"));
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="viotech-test-feed" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(root, "All.slnx"), "<Solution>\n  <Project Path=\"Api/Api.csproj\" />\n  <Project Path=\"Lib/Lib.csproj\" />\n</Solution>\n");
        foreach (var (name, frameworks) in new[] { ("Api", "<TargetFramework>net10.0</TargetFramework>"), ("Lib", "<TargetFrameworks>net10.0;net8.0</TargetFrameworks>") })
        {
            File.WriteAllText(Path.Combine(root, name, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    {frameworks}
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <FrameworkReference Include="Microsoft.AspNetCore.App" />
                    <PackageReference Include="VioTech.Analyzers" Version="{package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(root, name, name + "Policies.cs"), """
                using Microsoft.AspNetCore.Cors.Infrastructure;

                public static class Policies
                {
                    public static void Open(CorsPolicyBuilder policy) => policy.AllowAnyOrigin();
                }
                """);
        }

        File.WriteAllText(Path.Combine(root, "Lib", "appsettings.json"), "{\n  \"A\": 1\n  \"B\": 2\n}\n");
    }

    private static string? FindChromium()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Loads a local HTML file in headless Chromium and returns the DOM after its scripts ran.</summary>
    internal static string DumpDom(string chromium, string htmlFile)
    {
        var profile = Path.Combine(Path.GetTempPath(), "viotech-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", new Uri(htmlFile).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within two minutes.");
            }

            Assert.True(output.Length > 0, "chromium printed no DOM: " + error.Result);
            return output;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A leftover browser profile in the temporary folder is harmless.
            }
        }
    }
}
