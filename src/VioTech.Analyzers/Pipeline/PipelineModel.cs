using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// One resolved request pipeline: the steps of its entry point with the project's own helper
/// methods and startup filters inlined, in order, each with its environment condition and branch.
/// </summary>
internal sealed class PipelineModel
{
    public PipelineModel(MethodFacts entry, ImmutableArray<PipelineEvent> steps, bool isComplete, bool spansDocuments)
    {
        Entry = entry;
        Steps = steps;
        IsComplete = isComplete;
        SpansDocuments = spansDocuments;
    }

    public MethodFacts Entry { get; }

    public ImmutableArray<PipelineEvent> Steps { get; }

    /// <summary>
    /// False when the pipeline calls, outside Development, a method of a referenced assembly that
    /// takes a builder and is not a known framework or library method: it may register anything, so
    /// nothing is reported as missing.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>True when some step comes from another file, so the pipeline was resolved at compilation end.</summary>
    public bool SpansDocuments { get; }

    /// <summary>
    /// Location of diagnostics about something missing: the <c>Run()</c> call, else the <c>Build()</c>
    /// call, else the name of the <c>Configure</c> method.
    /// </summary>
    public Location MissingLocation
    {
        get
        {
            if (Entry.RunCall is { } run)
            {
                return run.GetLocation();
            }

            if (Entry.BuildCall is { } build)
            {
                return build.GetLocation();
            }

            return Entry.Declaration switch
            {
                MethodDeclarationSyntax method => method.Identifier.GetLocation(),
                LocalFunctionStatementSyntax local => local.Identifier.GetLocation(),
                _ => Entry.Declaration.GetLocation(),
            };
        }
    }

    /// <summary>Steps that every request (or, for <c>UseWhen</c>, some requests) of the main pipeline goes through.</summary>
    public IEnumerable<PipelineEvent> MainMiddleware =>
        Steps.Where(step => step.Receiver == BuilderKind.Application
            && step.Kind != PipelineEventKind.HeaderWrite
            && step.Branch is PipelineBranch.Main or PipelineBranch.ConditionalBranch);

    /// <summary>Service registrations (calls on <c>IServiceCollection</c>), wherever they sit.</summary>
    public IEnumerable<PipelineEvent> Services =>
        Steps.Where(step => step.Receiver is BuilderKind.Services or BuilderKind.HostBuilder && step.Branch != PipelineBranch.Nested);

    public bool HasMiddleware(params string[] names) => MainMiddleware.Any(step => names.Contains(step.Name, StringComparer.Ordinal));

    /// <summary>True when one of the named middleware runs in some environment other than Development.</summary>
    public bool HasMiddlewareOutsideDevelopment(params string[] names) =>
        MainMiddleware.Any(step => names.Contains(step.Name, StringComparer.Ordinal) && step.Condition.CanRunOutsideDevelopment);

    public bool HasService(params string[] names) => Services.Any(step => names.Contains(step.Name, StringComparer.Ordinal));

    /// <summary>Returns the index of the first main-pipeline step with one of the names, or -1.</summary>
    public int IndexOf(params string[] names)
    {
        for (var i = 0; i < Steps.Length; i++)
        {
            var step = Steps[i];
            if (step.Receiver == BuilderKind.Application && step.Branch is PipelineBranch.Main or PipelineBranch.ConditionalBranch
                && names.Contains(step.Name, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
