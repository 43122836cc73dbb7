using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1005: <c>AddCors</c> is called but the pipeline never calls <c>UseCors</c>; or
/// <c>UseCors</c> runs before an explicit <c>UseRouting</c> or after <c>UseAuthorization</c>;
/// or <c>UseCors()</c> without a policy name while no default policy is defined.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.CorsMiddlewareMissingOrMisplaced);

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

        var useCors = model.MainMiddleware.Where(step => step.Name == "UseCors").ToList();
        if (useCors.Count == 0)
        {
            if (model.IsComplete)
            {
                context.Report(Diagnostic.Create(Rule, model.MissingLocation, RuleText.Get("VIO1005_Reason_Missing")));
            }

            return;
        }

        var policies = CorsPolicyNames.Of(model);
        foreach (var step in useCors)
        {
            var index = model.Steps.IndexOf(step);
            var routingAfter = model.Steps.Skip(index + 1).Any(later => later.Name == "UseRouting" && IsMain(later));
            var authorizationBefore = model.Steps.Take(index).Any(earlier => earlier.Name == "UseAuthorization" && IsMain(earlier));
            if (routingAfter)
            {
                context.Report(Diagnostic.Create(Rule, step.CallLocation, RuleText.Get("VIO1005_Reason_BeforeRouting")));
            }
            else if (authorizationBefore)
            {
                context.Report(Diagnostic.Create(Rule, step.CallLocation, RuleText.Get("VIO1005_Reason_AfterAuthorization")));
            }
            else if (step.Method is { Parameters.Length: 1 } && policies.IsKnown && !policies.HasDefault)
            {
                context.Report(Diagnostic.Create(Rule, step.CallLocation, RuleText.Get("VIO1005_Reason_NoDefaultPolicy")));
            }
        }
    }

    private static bool IsMain(PipelineEvent step) =>
        step.Receiver == BuilderKind.Application && step.Branch is PipelineBranch.Main or PipelineBranch.ConditionalBranch;
}
