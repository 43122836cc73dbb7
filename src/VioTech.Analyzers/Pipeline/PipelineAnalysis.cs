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
/// compilation end, which only happens in a build or a full-solution analysis. The facts, the
/// in-file pipelines and the cross-file pipelines come from <see cref="SharedPipelineFacts"/>, so
/// they are computed once per compilation however many pipeline rules run.
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
        var shared = SharedPipelineFacts.For(start.Compilation);
        var types = ShouldAnalyze(shared.Types, start.Compilation, start.Options);
        if (types is null)
        {
            return null;
        }

        var options = new AnalyzerOptionsReader(start.Options);

        // The files this rule analysed. The compiler skips a rule in the files where its options
        // suppress it, so the rule's cross-file pipelines are resolved over its own files only.
        var visited = new ConcurrentDictionary<SyntaxTree, DocumentPipelineFacts>();

        start.RegisterSemanticModelAction(context =>
        {
            var document = shared.ForDocument(context.SemanticModel, context.CancellationToken);
            visited[document.Tree] = document;
            foreach (var model in document.Models)
            {
                evaluate(model, new PipelineRuleContext(context.ReportDiagnostic, options.For(context.SemanticModel.SyntaxTree), types, context.SemanticModel.Compilation, start.Options.AdditionalFiles));
            }
        });

        start.RegisterCompilationEndAction(context =>
        {
            var documents = visited.Values.ToList();
            var crossDocument = shared.ResolveAcrossDocuments(documents, context.CancellationToken);
            foreach (var model in crossDocument)
            {
                evaluate(model, new PipelineRuleContext(context.ReportDiagnostic, options.For(model.Entry.Declaration.SyntaxTree), types, context.Compilation, start.Options.AdditionalFiles));
            }

            atCompilationEnd?.Invoke(context, documents.SelectMany(document => document.Models).Concat(crossDocument).ToList());
        });

        return types;
    }

    /// <summary>Returns <paramref name="types"/> when the compilation is a web application that the pipeline rules should analyse, else null.</summary>
    public static PipelineTypes? ShouldAnalyze(PipelineTypes? types, Compilation compilation, AnalyzerOptions analyzerOptions)
    {
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
