using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Benchmarks.Generation;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// Every VioTech analyzer (found by reflection, so rules merged later are included) over a
/// generated API project of about 5,000 lines, through <see cref="CompilationWithAnalyzers"/> as
/// the compiler runs them. <see cref="CompilationWithAnalyzers"/> binds a fresh copy of the
/// compilation, so the analyzer cost is the difference from the <see cref="BindOnly"/> baseline.
/// </summary>
/// <remarks>
/// Secret scanning over literal text (MB/s) and log-template parsing get their own benchmarks here
/// once those analyzers are in this branch; this pass already includes them when they are.
/// </remarks>
[MemoryDiagnoser]
public class AnalyzerPassBenchmarks
{
    private Compilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [GlobalSetup]
    public void Setup()
    {
        var sources = Enumerable.Range(0, 12).SelectMany(i => new[]
        {
            SourceTemplates.Controller(i), SourceTemplates.MinimalApi(i), SourceTemplates.Service(i), SourceTemplates.Options(i), SourceTemplates.PaymentClient(i),
        }).Append(SourceTemplates.Program(12)).Append(SourceTemplates.ChargeResult);
        var trees = sources.Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest))).ToList();
        compilation = CSharpCompilation.Create("Bench", trees, References(), new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        analyzers = typeof(AnalyzerResources).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type, nonPublic: true)!)
            .ToImmutableArray();
    }

    /// <summary>Binds a new copy of the compilation completely, as the analyzer driver does.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> BindOnly() => compilation.WithAssemblyName("Bench" + Guid.NewGuid().ToString("N")).GetDiagnostics();

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AllVioTechAnalyzers() =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
        .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

    /// <summary>Returns the .NET and ASP.NET Core reference assemblies of the installed SDK.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var folder = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", pack))
                .Select(version => Path.Combine(version, "ref", "net10.0"))
                .Where(Directory.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
                .First();
            foreach (var file in Directory.GetFiles(folder, "*.dll"))
            {
                yield return MetadataReference.CreateFromFile(file);
            }
        }
    }
}
