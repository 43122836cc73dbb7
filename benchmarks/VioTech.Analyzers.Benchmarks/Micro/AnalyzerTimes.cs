using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// Runs every VioTech analyzer over the project of <see cref="BenchmarkProject"/> with the
/// driver's execution-time log on, each run on a new compilation, and prints the median time per
/// analyzer: the same figure as the compiler's <c>-p:ReportAnalyzer=true</c> table, without MSBuild.
/// The first run also pays the one-time cost of loading and compiling the analyzers' code.
/// </summary>
internal static class AnalyzerTimes
{
    public static int Run(int runs)
    {
        var trees = BenchmarkProject.ParseTrees();
        var analyzers = BenchmarkProject.Analyzers();
        var times = analyzers.ToDictionary(analyzer => analyzer, _ => new List<double>());
        var errors = BenchmarkProject.CreateCompilation(trees).GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Console.WriteLine($"{trees.Count} files, {trees.Sum(tree => tree.GetText().Lines.Count):N0} lines, {errors.Count} compiler errors{(errors.Count > 0 ? ", first: " + errors[0] : string.Empty)}");
        for (var run = 0; run < runs; run++)
        {
            // A new compilation each run, so that no bound tree or analyzer cache is reused.
            var compilation = BenchmarkProject.CreateCompilation(trees.Select(tree => tree.WithFilePath(tree.FilePath)));
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var total = 0.0;
            foreach (var analyzer in analyzers)
            {
                var seconds = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds;
                times[analyzer].Add(seconds);
                total += seconds;
            }

            Console.WriteLine($"Run {run + 1}: {diagnostics.Length} diagnostics, VioTech analyzers summed {total:F3} s");
        }

        Console.WriteLine($"Median over {runs} runs, most expensive first:");
        foreach (var (analyzer, seconds) in times.Select(pair => (pair.Key, Median(pair.Value))).OrderByDescending(pair => pair.Item2))
        {
            Console.WriteLine($"  {seconds,8:F4} s  {analyzer.GetType().Name}");
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
