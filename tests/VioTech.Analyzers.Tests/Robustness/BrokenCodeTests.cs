using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer, and every code fix offered on their diagnostics, runs over half-typed code
/// without an exception and without AD0001.
/// Time budget: under a minute on 2 cores. Measured for the whole robustness filter of this
/// project: 32 s at a load average of 2, 2 min 8 s at 20 and 2 min 54 s at 60 (other builds
/// sharing the cores). 2,200 variants in all, with code
/// fixes on at most <see cref="SuiteCodeFixBudget"/> variants per fact. The fuzz run
/// (<c>VIOTECH_FUZZ=1</c>) has no budget.
/// </summary>
public sealed class BrokenCodeTests
{
    private const int SuiteCodeFixBudget = 60;

    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public BrokenCodeTests(Xunit.Abstractions.ITestOutputHelper output) => this.output = output;

    /// <summary>A variant that takes longer than this is reported as a hang, not awaited forever.</summary>
    private static readonly TimeSpan VariantTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Truncated_AnalyzersAndFixes_NeverThrow()
    {
        var variants = BrokenCodeCorpus.Truncations();

        Assert.True(variants.Count >= 500, $"Only {variants.Count} truncated variants: the corpus did not load.");
        await AssertNoFailuresAsync(variants);
    }

    [Fact]
    public async Task TokensDeleted_AnalyzersAndFixes_NeverThrow()
    {
        var variants = BrokenCodeCorpus.Deletions();

        Assert.True(variants.Count >= 500, $"Only {variants.Count} variants with deleted tokens: the corpus did not load.");
        await AssertNoFailuresAsync(variants);
    }

    [Fact]
    public void Corpus_HasSampleTestInputsAndRealisticSources()
    {
        var names = BrokenCodeCorpus.Inputs.Select(input => input.Name).ToList();
        output.WriteLine($"{names.Count} inputs, {BrokenCodeCorpus.Truncations().Count} truncated variants, {BrokenCodeCorpus.Deletions().Count} variants with deleted tokens");

        Assert.NotEmpty(PackageComponents.AnalyzerTypes);
        Assert.Contains(names, name => name.StartsWith("samples/", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("tests/", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("realistic/", StringComparison.Ordinal));
    }

    [Fact]
    public void RemoveMarkup_StripsHarnessSpans()
    {
        var source = "policy.{|VIO1001:AllowAnyOrigin()|}; x = {|#0:y|}; [|z|];";

        Assert.Equal("policy.AllowAnyOrigin(); x = y; z;", BrokenCodeCorpus.RemoveMarkup(source));
    }

    private async Task AssertNoFailuresAsync(IReadOnlyList<CodeVariant> variants)
    {
        var analyzers = PackageComponents.CreateAnalyzers();
        var codeFixes = PackageComponents.CreateCodeFixes();
        var fixableIds = codeFixes.SelectMany(fix => fix.FixableDiagnosticIds).ToImmutableHashSet(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var fixable = new ConcurrentBag<(int Index, CodeVariant Variant)>();

        var indexed = variants.Select((variant, index) => (index, variant));
        await Parallel.ForEachAsync(indexed, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (item, cancellationToken) =>
        {
            var (index, variant) = item;
            try
            {
                var compilation = RobustnessHost.CreateCompilation(new[] { RobustnessHost.Parse(variant.Text, variant.Path) });
                var outcome = await RobustnessHost.AnalyzeAsync(compilation, analyzers, BrokenCodeCorpus.AdditionalFiles, cancellationToken)
                    .WaitAsync(VariantTimeout, cancellationToken);
                foreach (var failure in outcome.Failures)
                {
                    failures.Enqueue($"{variant}: {failure}");
                }

                if (outcome.Diagnostics.Any(diagnostic => fixableIds.Contains(diagnostic.Id)))
                {
                    fixable.Add((index, variant));
                }
            }
            catch (TimeoutException)
            {
                failures.Enqueue($"{variant}: analysis did not finish within {VariantTimeout.TotalSeconds} s");
            }
        });

        output.WriteLine($"{variants.Count} variants, {fixable.Count} with a fixable diagnostic");
        await RunCodeFixesAsync(fixable.OrderBy(item => item.Index).Select(item => item.Variant).ToList(), analyzers, codeFixes, failures);

        Assert.True(failures.IsEmpty, $"{failures.Count} failures over {variants.Count} variants:\n" + string.Join("\n", failures.Take(20)));
    }

    private static async Task RunCodeFixesAsync(
        IReadOnlyList<CodeVariant> fixable,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> codeFixes,
        ConcurrentQueue<string> failures)
    {
        var budget = BrokenCodeCorpus.IsFuzzRun ? fixable.Count : Math.Min(fixable.Count, SuiteCodeFixBudget);
        var stride = budget == 0 ? 1 : (double)fixable.Count / budget;
        var chosen = Enumerable.Range(0, budget).Select(index => fixable[(int)(index * stride)]);

        await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (variant, cancellationToken) =>
        {
            try
            {
                var results = await RobustnessHost.RunCodeFixesAsync(
                    new[] { (variant.Path, variant.Text) }, analyzers, codeFixes, BrokenCodeCorpus.AdditionalFiles, cancellationToken)
                    .WaitAsync(VariantTimeout, cancellationToken);
                foreach (var failure in results)
                {
                    failures.Enqueue($"{variant}: {failure}");
                }
            }
            catch (TimeoutException)
            {
                failures.Enqueue($"{variant}: code fixes did not finish within {VariantTimeout.TotalSeconds} s");
            }
        });
    }
}
