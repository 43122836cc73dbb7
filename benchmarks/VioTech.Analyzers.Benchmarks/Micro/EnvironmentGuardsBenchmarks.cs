using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.Benchmarks.Generation;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// <see cref="EnvironmentGuards.IsDevelopmentOnly"/> walks up from every candidate call that an
/// analyzer is about to report, so its cost grows with nesting depth and the number of candidates.
/// The input is the generated Program.cs (one call per registration line) plus deep if-nesting.
/// </summary>
[MemoryDiagnoser]
public class EnvironmentGuardsBenchmarks
{
    private InvocationExpressionSyntax[] invocations = System.Array.Empty<InvocationExpressionSyntax>();

    [Params(20, 200)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var nested = string.Concat(Enumerable.Repeat("if (app.Environment.IsDevelopment()) { if (!app.Environment.IsProduction()) {", 10))
            + "app.UseDeveloperExceptionPage();"
            + new string('}', 20);
        var source = SourceTemplates.Program(Units).Replace("app.Run();", nested + "\napp.Run();", System.StringComparison.Ordinal);
        invocations = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().ToArray();
    }

    [Benchmark]
    public int ClassifyEveryInvocation()
    {
        var count = 0;
        foreach (var invocation in invocations)
        {
            if (EnvironmentGuards.IsDevelopmentOnly(invocation))
            {
                count++;
            }
        }

        return count;
    }
}
