using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Transport;

/// <summary>
/// VIO1101: a web application's pipeline never enables HSTS in an environment other than
/// Development (<c>UseHsts</c>, NetEscapades' <c>UseSecurityHeaders</c>, or a hand-written
/// <c>Strict-Transport-Security</c> header).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1101HstsNotEnabledAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HstsNotEnabled);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.IsComplete || HasHsts(model))
        {
            return;
        }

        PipelineInsertionPoint.TryCompute(model, context.Types, insertAfter: null, new[] { "UseHttpsRedirection" }, out var properties, out var locations);
        context.Report(Diagnostic.Create(Rule, model.MissingLocation, locations, properties));
    }

    /// <summary>True when HSTS is enabled in some environment other than Development.</summary>
    public static bool HasHsts(PipelineModel model) =>
        model.HasMiddlewareOutsideDevelopment("UseHsts", "UseSecurityHeaders")
        || model.Steps.Any(step => step.Kind == PipelineEventKind.HeaderWrite
            && string.Equals(step.Name, "Strict-Transport-Security", System.StringComparison.OrdinalIgnoreCase)
            && step.Condition.CanRunOutsideDevelopment);
}
