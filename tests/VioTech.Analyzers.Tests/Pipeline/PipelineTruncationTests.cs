using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Tests.Catalog;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Testing;

namespace VioTech.Analyzers.Tests.Pipeline;

/// <summary>
/// Runs every pipeline rule (CORS, transport, headers, hardening, authentication, observability) over the sample service's <c>Program.cs</c> cut
/// off after each statement and in the middle of it, the half-typed code an editor sees, and
/// checks that no analyzer throws.
/// </summary>
public sealed class PipelineTruncationTests
{
    private static readonly string[] PipelineNamespaces = { "VioTech.Analyzers.Cors", "VioTech.Analyzers.Transport", "VioTech.Analyzers.Headers", "VioTech.Analyzers.Hardening", "VioTech.Analyzers.Authentication", "VioTech.Analyzers.Observability" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        TestReferences.Paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray());

    [Fact]
    public async Task SampleProgram_CutAtEveryStatement_NoAnalyzerThrows()
    {
        var path = Path.Combine(TestReferences.RepositoryRoot, "samples", "VioTech.Api", "Program.cs");
        var text = File.ReadAllText(path);
        var cuts = CutPoints(text);
        var analyzers = RuleCatalogTests.AllAnalyzers()
            .Where(analyzer => PipelineNamespaces.Contains(analyzer.GetType().Namespace))
            .ToImmutableArray();
        Assert.True(analyzers.Length >= 10, $"Expected the ten CORS and transport analyzers, found {analyzers.Length}.");
        Assert.True(cuts.Count > 50, $"Expected many cut points in the sample, found {cuts.Count}.");

        var failures = new ConcurrentBag<string>();
        foreach (var cut in cuts)
        {
            var source = text.Substring(0, cut);
            var exceptions = await RunAsync(source, analyzers);
            foreach (var exception in exceptions)
            {
                failures.Add($"cut at {cut}: {exception}");
            }
        }

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5)));
    }

    [Fact]
    public async Task SampleProgram_Whole_ReportsEveryPipelineRule()
    {
        var path = Path.Combine(TestReferences.RepositoryRoot, "samples", "VioTech.Api", "Program.cs");
        var text = File.ReadAllText(path);
        var analyzers = RuleCatalogTests.AllAnalyzers()
            .Where(analyzer => PipelineNamespaces.Contains(analyzer.GetType().Namespace))
            .ToImmutableArray();

        var compilation = Compile(text);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var ids = diagnostics.Select(diagnostic => diagnostic.Id).ToHashSet(StringComparer.Ordinal);

        // The sample does not reference the packages here (EF Core, JWT, Serilog), so some calls are
        // unresolved; the pipeline rules must still find the deliberate findings.
        foreach (var id in new[] { "VIO1001", "VIO1002", "VIO1003", "VIO1004", "VIO1005", "VIO1006", "VIO1101", "VIO1102", "VIO1103", "VIO1104", "VIO1201", "VIO1202", "VIO1203", "VIO1301", "VIO1403", "VIO1501", "VIO1502" })
        {
            Assert.Contains(id, ids);
        }
    }

    /// <summary>Returns the end of every statement and member of the file, and a point halfway through each.</summary>
    private static List<int> CutPoints(string text)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var points = new SortedSet<int>();
        foreach (var node in root.DescendantNodes().Where(node => node is StatementSyntax or MemberDeclarationSyntax && node is not GlobalStatementSyntax))
        {
            points.Add(node.Span.End);
            points.Add(node.SpanStart + (node.Span.Length / 2));
        }

        return points.ToList();
    }


    private static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create(
            "VioTech.Api",
            new[]
            {
                CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Program.cs"),
                CSharpSyntaxTree.ParseText(WebSdkGlobalUsings.Source, new CSharpParseOptions(LanguageVersion.Latest), path: "GlobalUsings.g.cs"),
            },
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    private static async Task<IReadOnlyList<string>> RunAsync(string source, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(analyzer.GetType().Name + ": " + exception);
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await Compile(source).WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(diagnostic => diagnostic.Id is "AD0001" or "AD0002").Select(diagnostic => diagnostic.ToString()));
        return exceptions;
    }
}
