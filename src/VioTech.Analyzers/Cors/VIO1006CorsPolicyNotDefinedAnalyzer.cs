using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1006: <c>UseCors("name")</c>, <c>RequireCors("name")</c> or <c>[EnableCors("name")]</c>
/// names a policy that no <c>AddPolicy</c> call of the pipeline defines. Names are compared
/// case-sensitively. Attributes are checked at compilation end, because they may sit in any file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1006CorsPolicyNotDefinedAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.CorsPolicyNotDefined);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var attributeUses = new ConcurrentBag<(string Name, Location Location)>();
            var types = PipelineAnalysis.Register(start, Evaluate, (end, models) => ReportAttributes(end, models, attributeUses));
            if (types?.EnableCorsAttribute is not { } enableCors)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbolContext => CollectAttributes(symbolContext, enableCors, attributeUses),
                SymbolKind.NamedType,
                SymbolKind.Method);
        });
    }

    private static void CollectAttributes(SymbolAnalysisContext context, INamedTypeSymbol enableCors, ConcurrentBag<(string Name, Location Location)> uses)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, enableCors)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name
                && attribute.ApplicationSyntaxReference is { } reference)
            {
                uses.Add((name, Location.Create(reference.SyntaxTree, reference.Span)));
            }
        }
    }

    /// <summary>
    /// Reports <c>[EnableCors("name")]</c> attributes, which may sit in any file, once every pipeline
    /// of the compilation is known: only when all of them list their policies in full.
    /// </summary>
    private static void ReportAttributes(CompilationAnalysisContext context, IReadOnlyList<PipelineModel> models, ConcurrentBag<(string Name, Location Location)> uses)
    {
        var withCors = models.Where(model => model.HasService("AddCors")).ToList();
        if (uses.IsEmpty || withCors.Count == 0)
        {
            return;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in withCors)
        {
            var policies = CorsPolicyNames.Of(model);
            if (!policies.IsKnown)
            {
                return;
            }

            defined.UnionWith(policies.Names);
        }

        foreach (var use in uses.OrderBy(use => use.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(use => use.Location.SourceSpan.Start))
        {
            if (!defined.Contains(use.Name))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, use.Location, use.Name));
            }
        }
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.HasService("AddCors"))
        {
            return;
        }

        var policies = CorsPolicyNames.Of(model);
        if (!policies.IsKnown)
        {
            return;
        }

        foreach (var step in model.Steps)
        {
            if (step.Name is "UseCors" or "RequireCors"
                && step.Kind == PipelineEventKind.FrameworkCall
                && step.StringArguments.Length > 0
                && step.StringArguments[0] is { } name
                && !policies.Names.Contains(name))
            {
                context.Report(Diagnostic.Create(Rule, step.CallLocation, name));
            }
        }
    }
}
