using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// Pipeline-model construction over the generated project: the facts of every file
/// (<see cref="PipelineFactsCollector"/>), then the model of each entry point with the helper
/// methods of other files inlined (<see cref="PipelineResolver"/>), as at compilation end. The
/// semantic models are created once and keep their bound trees, so binding is not measured.
/// </summary>
[MemoryDiagnoser]
public class PipelineModelBenchmarks
{
    private SemanticModel[] models = Array.Empty<SemanticModel>();
    private PipelineTypes types = null!;

    [GlobalSetup]
    public void Setup()
    {
        var compilation = BenchmarkProject.CreateCompilation(BenchmarkProject.ParseTrees());
        types = PipelineTypes.Resolve(compilation) ?? throw new InvalidOperationException("ASP.NET Core is not referenced.");
        models = compilation.SyntaxTrees.Select(tree => compilation.GetSemanticModel(tree)).ToArray();
        Console.WriteLine($"// pipelines: {BuildModels()} steps in all");
    }

    [Benchmark]
    public int BuildModels()
    {
        var lookup = new Dictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
        var entries = new List<MethodFacts>();
        foreach (var model in models)
        {
            foreach (var facts in PipelineFactsCollector.Collect(model, types, CancellationToken.None))
            {
                lookup[facts.Method] = facts;
                if (facts.EntryKind != EntryKind.None)
                {
                    entries.Add(facts);
                }
            }
        }

        var steps = 0;
        foreach (var entry in entries)
        {
            var pipeline = PipelineResolver.Resolve(entry, method => lookup.TryGetValue(method, out var found) ? found : null, documentOnly: false, out _);
            steps += pipeline?.Steps.Length ?? 0;
        }

        return steps;
    }
}
