using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using VioTech.Analyzers.EditorTests.Lsp;
using Xunit.Abstractions;

namespace VioTech.Analyzers.EditorTests;

/// <summary>The light bulb: the package's fix is offered at its diagnostic, and applying its edit removes the diagnostic.</summary>
[Collection(EditorCollection.Name)]
public sealed class CodeActionTests
{
    private static readonly TimeSpan FixTimeout = TimeSpan.FromSeconds(90);

    private readonly EditorFixture fixture;
    private readonly ITestOutputHelper output;

    public CodeActionTests(EditorFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [SkippableTheory]
    [InlineData("VIO3001")]
    [InlineData("VIO1101")]
    public async Task CodeAction_FixRemovesDiagnostic(string id)
    {
        Skip.If(fixture.Rules.MissingRuleReason(id) is not null, fixture.Rules.MissingRuleReason(id));
        Skip.IfNot(fixture.Rules.HasFix(id), $"The packed code fixes have no provider for {id} yet.");
        var titleFormat = fixture.Rules.FixTitleFormat(id, CultureInfo.GetCultureInfo("en"));
        Assert.False(titleFormat is null, $"The package has a fix for {id} but no {id}_CodeFix resource for its title.");

        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        await session.OpenAsync(path, EditorProject.ProgramText);
        try
        {
            var (diagnostics, _) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == id), FixTimeout, $"{id} is reported");
            var diagnostic = diagnostics.First(d => d.Code == id);

            var actions = await session.CodeActionsAsync(path, diagnostic);
            var titles = actions.Select(action => action["title"]!.GetValue<string>()).ToList();
            output.WriteLine($"{session.ServerName} offers at {diagnostic}: [{string.Join("; ", titles)}]");
            // Not anchored: csharp-ls shows a nested action as "<parent title> - <nested title>".
            var titlePattern = LiveDiagnosticsTests.FormatPattern(titleFormat!).TrimStart('^').TrimEnd('$');
            var fix = actions.FirstOrDefault(action => Regex.IsMatch(action["title"]!.GetValue<string>(), titlePattern));
            if (fix is null)
            {
                Skip.If(
                    fixture.Server.Version == ServerLimits.VersionWithoutPackageFixes,
                    $"csharp-ls {fixture.Server.Version} offers no code fix from analyzer packages (its code actions use only compiler diagnostics and Roslyn's built-in fixers); at {diagnostic} it offered [{string.Join("; ", titles)}].");
                Assert.Fail($"No code action titled like '{titleFormat}' at {diagnostic}; offered: [{string.Join("; ", titles)}].");
            }

            var fixedText = await EditOfAsync(session, path, fix);
            AssertFixedText(id, fixedText);

            // An editor applies the edit to its buffer and sends the change, as here.
            await session.ReplaceAllAsync(path, fixedText);
            var (after, elapsed) = await session.WaitForDiagnosticsAsync(
                path, all => !all.Any(d => d.Code == id), FixTimeout, $"{id} is gone after the fix");
            output.WriteLine($"{id} gone {elapsed.TotalSeconds:0.0} s after the fix was applied.");
            Assert.DoesNotContain(after, d => d.Severity == 1 && d.Code.StartsWith("CS", StringComparison.Ordinal));
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }

    [Fact]
    public async Task CodeAction_CompilerFixAppliesEdit()
    {
        // Checks the light-bulb path of the harness (request, resolve, WorkspaceEdit, didChange)
        // with a fix that csharp-ls offers today: Roslyn's own fix for an unused variable (CS0168).
        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        var text = EditorProject.ProgramText + "int unused;\n";
        await session.OpenAsync(path, text);
        try
        {
            var (diagnostics, _) = await session.WaitForDiagnosticsAsync(
                path, all => all.Any(d => d.Code == "CS0168"), FixTimeout, "CS0168 is reported for the unused variable");
            var diagnostic = diagnostics.First(d => d.Code == "CS0168");

            var actions = await session.CodeActionsAsync(path, diagnostic);
            var titles = actions.Select(action => action["title"]!.GetValue<string>()).ToList();
            output.WriteLine($"{session.ServerName} offers at {diagnostic}: [{string.Join("; ", titles)}]");
            var fix = actions.FirstOrDefault(action => action["title"]!.GetValue<string>() == "Remove unused variable");
            Assert.True(fix is not null, $"No 'Remove unused variable' at {diagnostic}; offered: [{string.Join("; ", titles)}].");

            var fixedText = await EditOfAsync(session, path, fix!);
            Assert.True(fixedText.TrimEnd() == EditorProject.ProgramText.TrimEnd(), "The fix did not remove exactly the unused variable:\n" + EditorProject.Mask(fixedText));

            await session.ReplaceAllAsync(path, fixedText);
            var (after, _) = await session.WaitForDiagnosticsAsync(
                path, all => !all.Any(d => d.Code == "CS0168"), FixTimeout, "CS0168 is gone after the fix");
            Assert.Contains(after, d => d.Code == "VIO1001");
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }

    /// <summary>Resolves a code action, checks that its edit changes only the open document, and returns the edited text.</summary>
    private static async Task<string> EditOfAsync(EditorSession session, string path, JsonObject action)
    {
        var resolved = await session.ResolveAsync(action);
        var edits = LspText.EditsOf(resolved["edit"] ?? throw new InvalidOperationException("The resolved code action has no edit: " + resolved["title"]));
        var uri = EditorSession.UriOf(path);
        Assert.Equal(new[] { uri }, edits.Keys);
        return LspText.Apply(session.TextOf(path), edits[uri]);
    }

    private static void AssertFixedText(string id, string fixedText)
    {
        // Failure messages show the text with the fake key masked.
        var lines = fixedText.Split('\n');
        var shown = EditorProject.Mask(fixedText);
        switch (id)
        {
            case "VIO3001":
                Assert.True(lines.Contains("logger.LogInformation(\"Order {OrderId} created\", orderId);"), "The log call is not a template with its argument:\n" + shown);
                Assert.False(lines.Any(line => line.Contains("$\"Order", StringComparison.Ordinal)), "The interpolated message is still there:\n" + shown);
                break;
            case "VIO1101":
                var hsts = Array.FindIndex(lines, line => line.Trim() == "app.UseHsts();");
                Assert.True(hsts > 0, "The fixed text has no 'app.UseHsts();' line:\n" + shown);
                var guard = Array.FindLastIndex(lines, hsts, line => line.Contains("IsDevelopment()", StringComparison.Ordinal));
                Assert.True(guard >= 0, "UseHsts() is not inside an IsDevelopment() guard:\n" + shown);
                Assert.True(hsts < Array.FindIndex(lines, line => line.Trim() == "app.Run();"), "UseHsts() is not before app.Run():\n" + shown);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(id), id, "No expected fix for this rule.");
        }
    }
}
