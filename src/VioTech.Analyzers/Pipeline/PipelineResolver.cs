using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace VioTech.Analyzers.Pipeline;

/// <summary>Builds a <see cref="PipelineModel"/> from an entry point's facts by inlining the project's own methods.</summary>
internal sealed class PipelineResolver
{
    private const int MaxDepth = 32;

    private readonly Func<IMethodSymbol, MethodFacts?> lookup;
    private readonly SyntaxTree entryTree;
    private readonly bool documentOnly;
    private readonly List<PipelineEvent> steps = new();
    private readonly HashSet<IMethodSymbol> stack = new(SymbolEqualityComparer.Default);
    private bool isComplete = true;
    private bool spansDocuments;

    private PipelineResolver(Func<IMethodSymbol, MethodFacts?> lookup, SyntaxTree entryTree, bool documentOnly)
    {
        this.lookup = lookup;
        this.entryTree = entryTree;
        this.documentOnly = documentOnly;
    }

    /// <summary>True after <see cref="Resolve"/> in document mode when a called method lives in another file.</summary>
    public bool NeedsOtherDocuments { get; private set; }

    /// <summary>
    /// Resolves the pipeline of <paramref name="entry"/>. With <paramref name="documentOnly"/>,
    /// <paramref name="lookup"/> only knows the methods of the entry's file, and a call into another
    /// file sets <see cref="NeedsOtherDocuments"/> and returns null.
    /// </summary>
    public static PipelineModel? Resolve(MethodFacts entry, Func<IMethodSymbol, MethodFacts?> lookup, bool documentOnly, out bool needsOtherDocuments)
    {
        var resolver = new PipelineResolver(lookup, entry.Declaration.SyntaxTree, documentOnly);
        var filters = new List<PipelineEvent>();

        // Startup classes: ConfigureServices runs before Configure.
        if (entry.EntryKind == EntryKind.StartupConfigure)
        {
            foreach (var member in entry.Method.ContainingType.GetMembers("ConfigureServices").OfType<IMethodSymbol>())
            {
                resolver.InlineMethod(member, EnvironmentCondition.Always, PipelineBranch.Main, filters, 0);
            }
        }

        resolver.stack.Add(entry.Method);
        resolver.Inline(entry, EnvironmentCondition.Always, PipelineBranch.Main, filters, 0);

        // Middleware of registered startup filters runs before the application's own middleware.
        var filterSteps = new List<PipelineEvent>();
        foreach (var registration in filters)
        {
            if (registration.Type is INamedTypeSymbol filterType)
            {
                foreach (var configure in filterType.GetMembers("Configure").OfType<IMethodSymbol>())
                {
                    var before = resolver.steps.Count;
                    resolver.InlineMethod(configure, registration.Condition, PipelineBranch.Main, new List<PipelineEvent>(), 1);
                    filterSteps.AddRange(resolver.steps.Skip(before).Select(step => step.Branch == PipelineBranch.Nested ? step.With(step.Condition, PipelineBranch.Main) : step));
                    resolver.steps.RemoveRange(before, resolver.steps.Count - before);
                }
            }
        }

        needsOtherDocuments = resolver.NeedsOtherDocuments;
        if (needsOtherDocuments)
        {
            return null;
        }

        var all = filterSteps.Concat(resolver.steps).ToImmutableArray();
        return new PipelineModel(entry, all, resolver.isComplete, resolver.spansDocuments);
    }

    private void Inline(MethodFacts facts, EnvironmentCondition condition, PipelineBranch branch, List<PipelineEvent> filters, int depth)
    {
        foreach (var item in facts.Events)
        {
            var itemCondition = condition.And(item.Condition);
            var itemBranch = Combine(branch, item.Branch);
            switch (item.Kind)
            {
                case PipelineEventKind.SourceCall when item.Method is not null:
                    steps.Add(item.With(itemCondition, itemBranch));
                    InlineMethod(item.Method, itemCondition, itemBranch, filters, depth + 1);
                    break;
                case PipelineEventKind.UnknownCall:
                    // A call that only runs in Development cannot change what runs in other environments.
                    if (itemBranch != PipelineBranch.Nested && itemCondition.CanRunOutsideDevelopment)
                    {
                        isComplete = false;
                    }

                    steps.Add(item.With(itemCondition, itemBranch));
                    break;
                case PipelineEventKind.StartupFilterRegistration:
                    filters.Add(item.With(itemCondition, itemBranch));
                    break;
                default:
                    steps.Add(item.With(itemCondition, itemBranch));
                    break;
            }
        }
    }

    private void InlineMethod(IMethodSymbol method, EnvironmentCondition condition, PipelineBranch branch, List<PipelineEvent> filters, int depth)
    {
        if (depth > MaxDepth || !stack.Add(method))
        {
            return;
        }

        try
        {
            var callee = lookup(method);
            if (callee is null)
            {
                var elsewhere = method.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree != entryTree);
                if (documentOnly && elsewhere)
                {
                    NeedsOtherDocuments = true;
                }
                else if (method.DeclaringSyntaxReferences.IsDefaultOrEmpty || elsewhere)
                {
                    // A method without a body here (abstract, partial, extern, or not collected) may register anything.
                    isComplete = false;
                }

                return;
            }

            if (callee.Declaration.SyntaxTree != entryTree)
            {
                spansDocuments = true;
            }

            Inline(callee, condition, branch, filters, depth);
        }
        finally
        {
            stack.Remove(method);
        }
    }

    private static PipelineBranch Combine(PipelineBranch outer, PipelineBranch inner) => outer switch
    {
        PipelineBranch.Main => inner,
        PipelineBranch.ConditionalBranch => inner == PipelineBranch.Main ? PipelineBranch.ConditionalBranch : inner,
        PipelineBranch.MappedBranch => inner == PipelineBranch.Nested ? PipelineBranch.Nested : PipelineBranch.MappedBranch,
        _ => PipelineBranch.Nested,
    };
}
