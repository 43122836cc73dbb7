using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Concurrent analysis gives the same diagnostics every time, and no diagnostic message shows a
/// secret of the corpus. Time budget: about 15 s on 2 shared cores.
/// </summary>
public sealed class DeterminismTests
{
    private const int Runs = 20;

    public static IEnumerable<object[]> Projects() => new[]
    {
        new object[] { "sample" },
        new object[] { "realistic" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Project_AnalysedTwentyTimes_SameDiagnostics(string project)
    {
        var sources = Sources(project);

        // The runs overlap, each with concurrent execution, and each gets new trees and a new compilation.
        var runs = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => Task.Run(() => AnalyzeAsync(sources))));

        Assert.NotEmpty(runs[0]);
        for (var run = 1; run < Runs; run++)
        {
            Assert.Equal(runs[0], runs[run]);
        }
    }

    [Fact]
    public async Task Messages_NeverContainCorpusSecrets()
    {
        var analyzers = PackageComponents.CreateAnalyzers();
        var messages = new List<string>();
        foreach (var (name, text) in BrokenCodeCorpus.Inputs)
        {
            var compilation = RobustnessHost.CreateCompilation(new[] { RobustnessHost.Parse(text, name.Split('#')[0]) });
            var outcome = await RobustnessHost.AnalyzeAsync(compilation, analyzers, BrokenCodeCorpus.AdditionalFiles, CancellationToken.None);
            foreach (var diagnostic in outcome.Diagnostics)
            {
                messages.Add(diagnostic.GetMessage(CultureInfo.InvariantCulture));
                messages.Add(diagnostic.GetMessage(new CultureInfo("es")));
            }
        }

        Assert.NotEmpty(messages);
        var leaks = FakeSecrets.ForbiddenFragments()
            .SelectMany(fragment => messages.Where(message => message.Contains(fragment.Fragment, StringComparison.Ordinal)).Select(_ => fragment.Name))
            .Distinct()
            .ToList();
        Assert.True(leaks.Count == 0, "Diagnostic messages show part of these secrets: " + string.Join(", ", leaks));
    }

    private static IReadOnlyList<(string Path, string Text)> Sources(string project) => project switch
    {
        "sample" => BrokenCodeCorpus.SampleInputs,
        _ => RealisticSources.All,
    };

    private static async Task<List<string>> AnalyzeAsync(IReadOnlyList<(string Path, string Text)> sources)
    {
        var trees = sources.Select(source => RobustnessHost.Parse(source.Text, source.Path));
        var compilation = RobustnessHost.CreateCompilation(trees);
        var outcome = await RobustnessHost.AnalyzeAsync(compilation, PackageComponents.CreateAnalyzers(), BrokenCodeCorpus.AdditionalFiles, CancellationToken.None);
        Assert.Empty(outcome.Failures);
        return outcome.Diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.Severity} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
