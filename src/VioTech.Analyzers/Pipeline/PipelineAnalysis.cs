using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Pipeline;

/// <summary>What a pipeline rule receives for each resolved pipeline.</summary>
internal sealed class PipelineRuleContext
{
    private readonly Action<Diagnostic> report;

    public PipelineRuleContext(Action<Diagnostic> report, AnalyzerOptionsReader options, PipelineTypes types, Compilation compilation, ImmutableArray<AdditionalText> additionalFiles)
    {
        this.report = report;
        Options = options;
        Types = types;
        Compilation = compilation;
        AdditionalFiles = additionalFiles;
    }

    /// <summary>Options of the entry point's file.</summary>
    public AnalyzerOptionsReader Options { get; }

    public PipelineTypes Types { get; }

    public Compilation Compilation { get; }

    /// <summary>The compilation's additional files, which include Razor views (<c>.cshtml</c>, <c>.razor</c>) in a Razor SDK project.</summary>
    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}

/// <summary>
/// Runs a pipeline rule. Each file's facts are collected in a semantic model action. A pipeline
/// that lies entirely in its entry point's file is evaluated right there, so that its diagnostics
/// and fixes can appear live in the editor. A pipeline that calls into other files is evaluated at
/// compilation end, which only happens in a build or a full-solution analysis.
/// </summary>
/// <remarks>
/// NOTE: these rules carry the <c>CompilationEnd</c> tag because of the second case, and Roslyn's
/// IDE host (DiagnosticAnalyzerInfoCache) treats an analyzer with such a descriptor as a
/// compilation-end analyzer. Visual Studio may therefore show even the single-file case only after
/// a build; splitting each rule into a live and a build-only descriptor would avoid that.
/// </remarks>
internal static class PipelineAnalysis
{
    /// <summary>
    /// Registers <paramref name="evaluate"/> for every pipeline of a web application. Returns the
    /// resolved types, or null when the compilation is not a web application to analyse (no
    /// ASP.NET Core, a class library, or a test project without <c>viotech.analyze_test_projects</c>).
    /// </summary>
    public static PipelineTypes? Register(
        CompilationStartAnalysisContext start,
        Action<PipelineModel, PipelineRuleContext> evaluate,
        Action<CompilationAnalysisContext, IReadOnlyList<PipelineModel>>? atCompilationEnd = null)
    {
        var types = ShouldAnalyze(start.Compilation, start.Options);
        if (types is null)
        {
            return null;
        }

        var options = new AnalyzerOptionsReader(start.Options);
        var allFacts = new ConcurrentBag<MethodFacts>();
        var deferredEntries = new ConcurrentBag<MethodFacts>();
        var models = new ConcurrentBag<PipelineModel>();

        start.RegisterSemanticModelAction(context =>
        {
            var facts = PipelineFactsCollector.Collect(context.SemanticModel, types, context.CancellationToken);
            var local = new Dictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
            foreach (var item in facts)
            {
                allFacts.Add(item);
                local[item.Method] = item;
            }

            foreach (var entry in facts.Where(item => item.EntryKind != EntryKind.None))
            {
                var model = PipelineResolver.Resolve(entry, method => local.TryGetValue(method, out var found) ? found : null, documentOnly: true, out var needsOtherDocuments);
                if (needsOtherDocuments || model is null)
                {
                    deferredEntries.Add(entry);
                    continue;
                }

                if (atCompilationEnd is not null)
                {
                    models.Add(model);
                }

                evaluate(model, new PipelineRuleContext(context.ReportDiagnostic, options.For(context.SemanticModel.SyntaxTree), types, context.SemanticModel.Compilation, start.Options.AdditionalFiles));
            }
        });

        start.RegisterCompilationEndAction(context =>
        {
            if (deferredEntries.IsEmpty)
            {
                atCompilationEnd?.Invoke(context, models.ToList());
                return;
            }

            var lookup = new Dictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
            foreach (var item in allFacts)
            {
                lookup[item.Method] = item;
            }

            foreach (var entry in deferredEntries.OrderBy(item => item.Declaration.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(item => item.Declaration.SpanStart))
            {
                var model = PipelineResolver.Resolve(entry, method => lookup.TryGetValue(method, out var found) ? found : null, documentOnly: false, out _);
                if (model is not null)
                {
                    models.Add(model);
                    evaluate(model, new PipelineRuleContext(context.ReportDiagnostic, options.For(entry.Declaration.SyntaxTree), types, context.Compilation, start.Options.AdditionalFiles));
                }
            }

            atCompilationEnd?.Invoke(context, models.ToList());
        });

        return types;
    }

    /// <summary>Returns the pipeline types when the compilation is a web application that the pipeline rules should analyse, else null.</summary>
    public static PipelineTypes? ShouldAnalyze(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        var types = PipelineTypes.Resolve(compilation);
        if (types is null)
        {
            return null;
        }

        if (types.IsTestProject)
        {
            return new AnalyzerOptionsReader(analyzerOptions).AnalyzeTestProjects ? types : null;
        }

        // Web projects build executables; a class library only contributes helpers to another project's pipeline.
        return compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary ? null : types;
    }
}
