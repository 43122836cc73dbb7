using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Observability;

/// <summary>
/// VIO1502: no exception handling runs outside Development: no <c>UseExceptionHandler</c>, no
/// <c>AddExceptionHandler&lt;T&gt;</c> (an <c>IExceptionHandler</c>), and not
/// <c>AddProblemDetails</c> together with <c>UseStatusCodePages</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1502ExceptionHandlerMissingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ExceptionHandlerMissing);

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
            || model.HasMiddlewareOutsideDevelopment("UseExceptionHandler")
            || model.HasService("AddExceptionHandler")
            || (model.HasService("AddProblemDetails") && model.HasMiddlewareOutsideDevelopment("UseStatusCodePages")))
        {
            return;
        }

        context.Report(Diagnostic.Create(Rule, model.MissingLocation));
    }
}
