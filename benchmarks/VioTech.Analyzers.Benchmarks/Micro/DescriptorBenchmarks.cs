using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// Descriptor creation runs once per analyzer type when the compiler loads the package, and the
/// registry lookup behind it once per descriptor; both are on the load path of every build.
/// </summary>
[MemoryDiagnoser]
public class DescriptorBenchmarks
{
    private readonly string[] analyzerRuleIds = RuleCatalog.All.Where(rule => rule.Kind == RuleKind.Analyzer).Select(rule => rule.Id).ToArray();

    [Benchmark]
    public DiagnosticDescriptor CreateOne() => Descriptors.Create(RuleIds.CorsAnyOrigin);

    [Benchmark]
    public List<DiagnosticDescriptor> CreateEveryAnalyzerRule() => analyzerRuleIds.Select(Descriptors.Create).ToList();

    [Benchmark]
    public RuleInfo LookUpRule() => RuleCatalog.Get(RuleIds.CorsAnyOrigin);
}
