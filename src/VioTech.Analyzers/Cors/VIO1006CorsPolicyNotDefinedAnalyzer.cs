using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1006: <c>UseCors("name")</c> or <c>RequireCors("name")</c> names a policy that no
/// <c>AddPolicy</c> call of the pipeline defines. Names are compared case-sensitively.
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
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
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
