using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// The pipeline facts of one compilation, computed once and shared by every pipeline rule: the
/// framework types, each file's method facts and in-file pipelines, and the pipelines that span
/// files. It is stored in a cache weakly keyed by the compilation, because the facts hold the
/// compilation's symbols, so it is collected with the compilation and never reaches another one.
/// </summary>
internal sealed class SharedPipelineFacts
{
    private static readonly WeakKeyedCache<Compilation, SharedPipelineFacts> ByCompilation = new();
    private static readonly Func<Compilation, CancellationToken, SharedPipelineFacts> Create = (compilation, _) => new SharedPipelineFacts(compilation);

    private readonly WeakKeyedCache<SyntaxTree, DocumentPipelineFacts> documents = new();
    private readonly object crossDocumentGate = new();
    private ImmutableList<CrossDocumentPipelines> crossDocumentResults = ImmutableList<CrossDocumentPipelines>.Empty;

    private SharedPipelineFacts(Compilation compilation)
    {
        Types = PipelineTypes.Resolve(compilation);
    }

    /// <summary>The framework types, or null when the compilation does not reference ASP.NET Core.</summary>
    public PipelineTypes? Types { get; }

    /// <summary>Returns the shared facts of <paramref name="compilation"/>, creating them on the first request.</summary>
    public static SharedPipelineFacts For(Compilation compilation) =>
        ByCompilation.GetOrCompute(compilation, Create, CancellationToken.None);

    /// <summary>
    /// Returns the facts of the semantic model's file, collecting them on the first request. The
    /// compilation must reference ASP.NET Core (<see cref="Types"/> not null).
    /// </summary>
    public DocumentPipelineFacts ForDocument(SemanticModel model, CancellationToken cancellationToken) =>
        documents.GetOrCompute(model.SyntaxTree, (_, token) => DocumentPipelineFacts.Collect(model, Types!, token), cancellationToken);

    /// <summary>
    /// Returns the pipelines that call into other files, resolved over the facts of
    /// <paramref name="visited"/>, in the order of their entry points' file paths and positions.
    /// The result is shared between the rules that visited the same set of files. A rule that
    /// skipped a file, because its options suppress it there, gets a result over its own files.
    /// </summary>
    public ImmutableArray<PipelineModel> ResolveAcrossDocuments(IReadOnlyCollection<DocumentPipelineFacts> visited, CancellationToken cancellationToken)
    {
        var trees = new HashSet<SyntaxTree>(visited.Select(document => document.Tree));
        lock (crossDocumentGate)
        {
            foreach (var result in crossDocumentResults)
            {
                if (result.Trees.SetEquals(trees))
                {
                    return result.Models;
                }
            }

            var models = Resolve(visited, cancellationToken);
            crossDocumentResults = crossDocumentResults.Add(new CrossDocumentPipelines(trees, models));
            return models;
        }
    }

    private static ImmutableArray<PipelineModel> Resolve(IReadOnlyCollection<DocumentPipelineFacts> visited, CancellationToken cancellationToken)
    {
        var deferred = visited.SelectMany(document => document.DeferredEntries).ToList();
        if (deferred.Count == 0)
        {
            return ImmutableArray<PipelineModel>.Empty;
        }

        var lookup = new Dictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
        foreach (var item in visited.SelectMany(document => document.Facts))
        {
            lookup[item.Method] = item;
        }

        var models = ImmutableArray.CreateBuilder<PipelineModel>();
        foreach (var entry in deferred.OrderBy(item => item.Declaration.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(item => item.Declaration.SpanStart))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = PipelineResolver.Resolve(entry, method => lookup.TryGetValue(method, out var found) ? found : null, documentOnly: false, out _);
            if (model is not null)
            {
                models.Add(model);
            }
        }

        return models.ToImmutable();
    }

    private sealed class CrossDocumentPipelines
    {
        public CrossDocumentPipelines(HashSet<SyntaxTree> trees, ImmutableArray<PipelineModel> models)
        {
            Trees = trees;
            Models = models;
        }

        public HashSet<SyntaxTree> Trees { get; }

        public ImmutableArray<PipelineModel> Models { get; }
    }
}

/// <summary>
/// The pipeline facts of one file: its method facts, the pipelines that resolve inside the file,
/// and the entry points whose pipelines call into other files and wait for compilation end.
/// </summary>
internal sealed class DocumentPipelineFacts
{
    private DocumentPipelineFacts(SyntaxTree tree, ImmutableArray<MethodFacts> facts, ImmutableArray<PipelineModel> models, ImmutableArray<MethodFacts> deferredEntries)
    {
        Tree = tree;
        Facts = facts;
        Models = models;
        DeferredEntries = deferredEntries;
    }

    public SyntaxTree Tree { get; }

    public ImmutableArray<MethodFacts> Facts { get; }

    /// <summary>Pipelines that lie entirely in this file, in the order of their entry points.</summary>
    public ImmutableArray<PipelineModel> Models { get; }

    /// <summary>Entry points whose pipelines need other files, resolved at compilation end.</summary>
    public ImmutableArray<MethodFacts> DeferredEntries { get; }

    public static DocumentPipelineFacts Collect(SemanticModel semanticModel, PipelineTypes types, CancellationToken cancellationToken)
    {
        var facts = PipelineFactsCollector.Collect(semanticModel, types, cancellationToken);
        var local = new Dictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
        foreach (var item in facts)
        {
            local[item.Method] = item;
        }

        var models = ImmutableArray.CreateBuilder<PipelineModel>();
        var deferred = ImmutableArray.CreateBuilder<MethodFacts>();
        foreach (var entry in facts.Where(item => item.EntryKind != EntryKind.None))
        {
            var model = PipelineResolver.Resolve(entry, method => local.TryGetValue(method, out var found) ? found : null, documentOnly: true, out var needsOtherDocuments);
            if (needsOtherDocuments || model is null)
            {
                deferred.Add(entry);
            }
            else
            {
                models.Add(model);
            }
        }

        return new DocumentPipelineFacts(semanticModel.SyntaxTree, facts, models.ToImmutable(), deferred.ToImmutable());
    }
}
