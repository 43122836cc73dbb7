using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using VioTech.Analyzers.EditorTests.Lsp;
using Xunit.Abstractions;

namespace VioTech.Analyzers.EditorTests;

/// <summary>
/// A developer typing a pipeline: every prefix of the file is half-typed code, and no analyzer may
/// throw on it (an AD0001 in the editor, and a failed build with warnings as errors).
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class TypingReplayTests
{
    /// <summary>One keystroke every 10 ms, a fast typist; the schedule is fixed so runs compare.</summary>
    private static readonly TimeSpan KeystrokeInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Diagnostics are pulled after every 25 keystrokes, as an editor pulls after a pause.</summary>
    private const int KeystrokesPerPull = 25;

    private static readonly string[] SuiteRules = { "VIO1001", "VIO1002", "VIO1101", "VIO2001", "VIO3001" };

    private readonly EditorFixture fixture;
    private readonly ITestOutputHelper output;

    public TypingReplayTests(EditorFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [Fact]
    public async Task TypedProgram_RaisesNoAnalyzerException()
    {
        var session = fixture.English;
        var path = fixture.Project.ProgramPath;
        var target = EditorProject.CleanProgramText;
        var exceptions = new List<string>();
        var pulls = 0;

        await session.OpenAsync(path, string.Empty);
        try
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < target.Length; i++)
            {
                var wait = KeystrokeInterval * i - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var end = LspText.PositionAt(session.TextOf(path), i);
                await session.ChangeAsync(path, new LspRange(end, end), target[i].ToString());
                if ((i + 1) % KeystrokesPerPull == 0)
                {
                    exceptions.AddRange(AnalyzerExceptions(await session.DiagnosticsAsync(path), i + 1));
                    pulls++;
                }
            }

            var typingTime = clock.Elapsed;
            var (final, _) = await session.WaitForDiagnosticsAsync(
                path, _ => true, EditorSession.RequestTimeout, "the final text is analysed");
            exceptions.AddRange(AnalyzerExceptions(final, target.Length));
            output.WriteLine($"{target.Length} keystrokes and {pulls + 1} diagnostic pulls in {typingTime.TotalSeconds:0.0} s; final diagnostics: [{string.Join(", ", final)}]");

            Assert.True(target.Length >= 300, $"Only {target.Length} keystrokes were replayed.");
            Assert.Equal(target, session.TextOf(path));

            // An AD0001 names the analyzer type; exceptions of the SDK's own analyzers are shown, not failed on.
            foreach (var other in exceptions.Where(line => !line.Contains("VioTech", StringComparison.Ordinal)))
            {
                output.WriteLine("Analyzer exception outside this package: " + other);
            }

            Assert.DoesNotContain(exceptions, line => line.Contains("VioTech", StringComparison.Ordinal));
            Assert.Empty(session.Client.AnalyzerExceptionLines());

            // The typed program is clean: none of the suite's rules may report on it once it is complete.
            Assert.DoesNotContain(final, d => SuiteRules.Contains(d.Code));
            Assert.DoesNotContain(final, d => d.Severity == 1);
        }
        finally
        {
            await session.CloseAsync(path);
        }
    }

    private static IEnumerable<string> AnalyzerExceptions(IReadOnlyList<LspDiagnostic> diagnostics, int keystrokes) =>
        diagnostics
            .Where(d => d.Code == "AD0001")
            .Select(d => $"after {keystrokes} keystrokes: {d.Range}: {d.Message}");
}
