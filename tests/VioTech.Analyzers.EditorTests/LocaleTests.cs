using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace VioTech.Analyzers.EditorTests;

/// <summary>Messages follow the editor's language: a server started with <c>--locale es</c> shows the Spanish resources.</summary>
[Collection(EditorCollection.Name)]
public sealed class LocaleTests
{
    private static readonly string[] Rules = { "VIO1001", "VIO1002", "VIO1101", "VIO2001", "VIO3001" };

    private readonly EditorFixture fixture;
    private readonly ITestOutputHelper output;

    public LocaleTests(EditorFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [Fact]
    public async Task SpanishLocale_GivesSpanishMessages()
    {
        var (session, project) = await fixture.StartSessionAsync("editor-es", "es");
        await using var _ = session;
        await session.OpenAsync(project.ProgramPath, EditorProject.ProgramText);

        // All analyzers run on one snapshot, so the first VIO1001 comes with every other live rule;
        // whether each rule is live at all is the English tests' check.
        var (diagnostics, elapsed) = await session.WaitForDiagnosticsAsync(
            project.ProgramPath, all => all.Any(d => d.Code == "VIO1001"), EditorSession.LoadTimeout, "VIO1001 is reported");
        var live = Rules.Where(id => fixture.Rules.HasRule(id) && diagnostics.Any(d => d.Code == id)).ToList();
        output.WriteLine($"{session.ServerName} with --locale es: [{string.Join(", ", live)}] reported after {elapsed.TotalSeconds:0.0} s.");

        foreach (var id in live)
        {
            var descriptor = fixture.Rules.Descriptor(id);
            var spanish = descriptor.MessageFormat.ToString(CultureInfo.GetCultureInfo("es"));
            var english = descriptor.MessageFormat.ToString(CultureInfo.GetCultureInfo("en"));
            Assert.NotEqual(english, spanish);
            Assert.All(diagnostics.Where(d => d.Code == id), d => Assert.Matches(LiveDiagnosticsTests.FormatPattern(spanish), d.Message));
        }

        // VIO1001's Spanish wording is written out here, so the test also fails when the package lacks its Spanish satellite assembly.
        Assert.Contains(diagnostics, d => d.Code == "VIO1001" && d.Message.StartsWith("Esta política de CORS permite cualquier origen mediante AllowAnyOrigin()", StringComparison.Ordinal));
    }
}
