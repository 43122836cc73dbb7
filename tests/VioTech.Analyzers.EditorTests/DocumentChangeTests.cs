using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using VioTech.Analyzers.EditorTests.Lsp;
using Xunit.Abstractions;

namespace VioTech.Analyzers.EditorTests;

/// <summary>Diagnostics follow unsaved edits (didChange) without a build.</summary>
[Collection(EditorCollection.Name)]
public sealed class DocumentChangeTests
{
    private static readonly TimeSpan ChangeTimeout = TimeSpan.FromSeconds(60);

    private readonly EditorFixture fixture;
    private readonly ITestOutputHelper output;

    public DocumentChangeTests(EditorFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [Fact]
    public async Task DidChange_IntroducesAndRemovesFinding()
    {
        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        const string restrictive = "WithOrigins(\"https://tickets.example.com\")";
        const string permissive = "AllowAnyOrigin()";
        var clean = EditorProject.ProgramText.Replace("policy => policy." + permissive, "policy => policy." + restrictive, StringComparison.Ordinal);
        Assert.NotEqual(EditorProject.ProgramText, clean);
        var line = EditorProject.AnyOriginLine;

        await session.OpenAsync(path, clean);
        try
        {
            // The VIO1001 on the next line shows that analysis ran on this text.
            var (before, _) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == "VIO1001"), ChangeTimeout, "VIO1001 is reported on the other policy");
            Assert.DoesNotContain(before, d => d.Code == "VIO1001" && d.Range.Start.Line == line);

            await session.ChangeAsync(path, LspText.Find(clean, line, restrictive), permissive);
            var expected = LspText.Find(session.TextOf(path), line, permissive);
            var (introduced, introducedAfter) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == "VIO1001" && d.Range == expected), ChangeTimeout, $"VIO1001 appears at {expected} after the edit");

            await session.ChangeAsync(path, expected, restrictive);
            var (removed, removedAfter) = await session.WaitForDiagnosticsAsync(
                path, all => !all.Any(d => d.Code == "VIO1001" && d.Range.Start.Line == line), ChangeTimeout, $"VIO1001 is gone from line {line + 1} after the edit is undone");

            output.WriteLine($"VIO1001 appeared {introducedAfter.TotalSeconds:0.0} s after the edit and went {removedAfter.TotalSeconds:0.0} s after the undo.");
            Assert.Contains(introduced, d => d.Code == "VIO1001" && d.Range == expected);
            Assert.Equal(clean, session.TextOf(path));
            Assert.Contains(removed, d => d.Code == "VIO1001" && d.Range.Start.Line == EditorProject.CredentialsLine);

            // Nothing was built: the diagnostics came from the open document, not from a compiler run.
            Assert.False(File.Exists(fixture.Project.BuildOutput), $"{fixture.Project.BuildOutput} exists, so something built the project.");
            Assert.Equal(EditorProject.ProgramText, File.ReadAllText(path));
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }
}
