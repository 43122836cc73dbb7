using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Headers;

/// <summary>
/// VIO1204: a pure API (an application that serves no pages, see VIO1201) sets no
/// <c>Content-Security-Policy</c> at all. Pages and APIs get separate ids so that each has one
/// default severity: this one is a suggestion.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1204ContentSecurityPolicyMissingInApiAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ContentSecurityPolicyMissingInApi);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.IsComplete
            || VIO1201ContentSecurityPolicyMissingAnalyzer.ServesPages(model, context)
            || VIO1201ContentSecurityPolicyMissingAnalyzer.HasContentSecurityPolicy(model))
        {
            return;
        }

        context.Report(Diagnostic.Create(Rule, model.MissingLocation));
    }
}
