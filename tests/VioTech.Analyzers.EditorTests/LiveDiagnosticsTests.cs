using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using VioTech.Analyzers.EditorTests.Lsp;
using Xunit.Abstractions;

namespace VioTech.Analyzers.EditorTests;

/// <summary>Which rules the server reports live, while the file is open and unsaved, and where.</summary>
[Collection(EditorCollection.Name)]
public sealed class LiveDiagnosticsTests
{
    private static readonly TimeSpan RuleTimeout = TimeSpan.FromSeconds(90);

    private readonly EditorFixture fixture;
    private readonly ITestOutputHelper output;

    public LiveDiagnosticsTests(EditorFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [SkippableTheory]
    [InlineData("VIO1001")]
    [InlineData("VIO1002")]
    [InlineData("VIO1101")]
    [InlineData("VIO2001")]
    [InlineData("VIO3001")]
    public async Task Rule_IsLiveAtItsRange(string id)
    {
        Skip.If(fixture.Rules.MissingRuleReason(id) is not null, fixture.Rules.MissingRuleReason(id));
        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        var text = EditorProject.ProgramText;

        await session.OpenAsync(path, text);
        try
        {
            var (diagnostics, elapsed) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == id), RuleTimeout, $"{id} is reported in the unsaved Program.cs");
            var found = diagnostics.Where(d => d.Code == id).ToList();
            output.WriteLine($"{session.ServerName}: {id} live after {elapsed.TotalSeconds:0.0} s (project loaded in {fixture.FirstDiagnosticsTime.TotalSeconds:0.0} s): {string.Join(", ", found)}");

            AssertRanges(id, text, found);
            var english = fixture.Rules.Descriptor(id).MessageFormat.ToString(CultureInfo.GetCultureInfo("en"));
            Assert.All(found, d => Assert.Matches(FormatPattern(english), d.Message));
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }

    [Fact]
    public async Task PresetSeverities_ApplyLive()
    {
        // A build applies the preset that VioTechAnalysisMode selects (Recommended by default): it
        // raises VIO2001 to an error and turns CA2254 off where VIO3001 covers it. An editor should
        // show the same severities, or a developer sees a warning where the build fails.
        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        await session.OpenAsync(path, EditorProject.ProgramText);
        try
        {
            var (diagnostics, _) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == "VIO1001"), RuleTimeout, "VIO1001 is reported");

            var mismatches = new List<string>();
            foreach (var diagnostic in diagnostics)
            {
                if (!fixture.PresetSeverities.TryGetValue(diagnostic.Code, out var preset))
                {
                    continue;
                }

                if (preset == 0)
                {
                    mismatches.Add($"{diagnostic} is shown, but the preset turns {diagnostic.Code} off");
                }
                else if (diagnostic.Severity != preset)
                {
                    mismatches.Add($"{diagnostic} has LSP severity {diagnostic.Severity}, the preset {preset}");
                }
            }

            output.WriteLine($"{session.ServerName}: {diagnostics.Count} diagnostics, preset mismatches: [{string.Join("; ", mismatches)}]");
            Assert.True(mismatches.Count == 0, "The editor does not show the preset's severities:\n" + string.Join("\n", mismatches));
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }

    [Fact]
    public async Task SettingsFileRule_IsBuildOnly()
    {
        // VIO4001 comes from an MSBuild task that runs before CoreCompile in a real build only. The
        // server runs design-time builds and analyzers, so the project's invalid
        // appsettings.Production.json must not show up while the analyzer rules do.
        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        await session.OpenAsync(path, EditorProject.ProgramText);
        try
        {
            var (diagnostics, _) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == "VIO1001"), RuleTimeout, "VIO1001 is reported");

            Assert.DoesNotContain(diagnostics, d => d.Code == "VIO4001");
            Assert.True(File.Exists(Path.Combine(fixture.Project.Directory, "appsettings.Production.json")));
            Assert.DoesNotContain(session.Client.LogLines(), line => line.Contains("VIO4001", StringComparison.Ordinal));
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }

    /// <summary>Returns a regular expression that matches a message produced from a resource format with {0}-style holes.</summary>
    internal static string FormatPattern(string format) =>
        "^" + Regex.Replace(Regex.Escape(format), @"\\\{\d+}", ".+") + "$";

    /// <summary>
    /// Checks where each rule reports. VIO1001's range is exact (the method name to the closing
    /// parenthesis); the other rules are checked against the code they are about, because their
    /// analyzers choose the exact span.
    /// </summary>
    private static void AssertRanges(string id, string text, List<LspDiagnostic> found)
    {
        switch (id)
        {
            case "VIO1001":
                var expected = new[]
                {
                    LspText.Find(text, EditorProject.AnyOriginLine, "AllowAnyOrigin()"),
                    LspText.Find(text, EditorProject.CredentialsLine, "SetIsOriginAllowed(_ => true)"),
                };
                Assert.Equal(expected, found.Select(d => d.Range).OrderBy(r => r.Start.Line));
                break;
            case "VIO1002":
                var policy = LspText.Find(text, EditorProject.CredentialsLine, "policy.SetIsOriginAllowed(_ => true).AllowCredentials()");
                var credentials = Assert.Single(found);
                Assert.True(LspText.Intersects(policy, credentials.Range), $"{credentials} is not on the any-origin policy with credentials {policy}.");
                break;
            case "VIO1101":
                var build = LspText.Find(text, EditorProject.BuildLine, "builder.Build()");
                var run = LspText.Find(text, EditorProject.RunLine, "app.Run()");
                var hsts = Assert.Single(found);
                Assert.True(LspText.Intersects(build, hsts.Range) || LspText.Intersects(run, hsts.Range), $"{hsts} is neither on {build} (Build) nor on {run} (Run).");
                break;
            case "VIO2001":
                // The message and the text under the range are never printed: they would show the fake key.
                var literal = LspText.Find(text, EditorProject.SecretLine, "\"" + EditorProject.FakeAwsKeyId + "\"");
                var secret = Assert.Single(found);
                Assert.True(LspText.Contains(literal, secret.Range) && secret.Range.Start != secret.Range.End, $"{secret} is not inside the string literal at {literal}.");
                break;
            case "VIO3001":
                var message = LspText.Find(text, EditorProject.LogLine, "$\"Order {orderId} created\"");
                var log = Assert.Single(found);
                Assert.True(LspText.Intersects(message, log.Range), $"{log} is not on the interpolated message {message}.");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(id), id, "No expected range for this rule.");
        }
    }
}
