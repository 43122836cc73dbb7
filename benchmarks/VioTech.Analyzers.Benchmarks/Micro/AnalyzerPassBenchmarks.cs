using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// VioTech analyzers over the generated project of <see cref="BenchmarkProject"/>, through
/// <see cref="CompilationWithAnalyzers"/> as the compiler runs them: all of them, the 13 pipeline
/// rules alone, and the two provider secret rules alone. <see cref="CompilationWithAnalyzers"/>
/// binds a fresh copy of the compilation, so the analyzer cost is the difference from the
/// <see cref="BindOnly"/> baseline.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerPassBenchmarks
{
    private Compilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> all;
    private ImmutableArray<DiagnosticAnalyzer> pipeline;
    private ImmutableArray<DiagnosticAnalyzer> providerSecrets;

    [GlobalSetup]
    public void Setup()
    {
        compilation = BenchmarkProject.CreateCompilation(BenchmarkProject.ParseTrees());
        all = BenchmarkProject.Analyzers();
        pipeline = BenchmarkProject.Analyzers(BenchmarkProject.PipelineRuleIds);
        providerSecrets = BenchmarkProject.Analyzers(BenchmarkProject.ProviderSecretRuleIds);
        Console.WriteLine($"// analyzers: {all.Length} in all, {pipeline.Length} pipeline, {providerSecrets.Length} provider secret");
    }

    /// <summary>Binds a new copy of the compilation completely, as the analyzer driver does.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> BindOnly() => compilation.WithAssemblyName("Bench" + Guid.NewGuid().ToString("N")).GetDiagnostics();

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AllVioTechAnalyzers() => Run(all);

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> PipelineAnalyzers() => Run(pipeline);

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> ProviderSecretAnalyzers() => Run(providerSecrets);

    private Task<ImmutableArray<Diagnostic>> Run(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
        .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
}
