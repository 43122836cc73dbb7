using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Observability;

/// <summary>
/// VIO1502: no exception handling runs outside Development: no <c>UseExceptionHandler</c>, no
/// <c>AddExceptionHandler&lt;T&gt;</c> (an <c>IExceptionHandler</c>), not
/// <c>AddProblemDetails</c> together with <c>UseStatusCodePages</c>, and no middleware of the
/// project's own (a class added with <c>UseMiddleware&lt;T&gt;</c> or an inline <c>app.Use</c>
/// lambda) that wraps the call of the next middleware in a <c>try</c> whose <c>catch</c> writes a response.
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
            || (model.HasService("AddProblemDetails") && model.HasMiddlewareOutsideDevelopment("UseStatusCodePages"))
            || HasHandwrittenExceptionMiddleware(model))
        {
            return;
        }

        context.Report(Diagnostic.Create(Rule, model.MissingLocation));
    }

    /// <summary>
    /// True when a middleware of the project catches what the rest of the pipeline throws and writes
    /// a response, in some environment other than Development. Endpoint handlers never call a next
    /// middleware, so every such step comes from a middleware class or an inline <c>app.Use</c>.
    /// </summary>
    private static bool HasHandwrittenExceptionMiddleware(PipelineModel model) =>
        model.Steps.Any(step => step.Kind == PipelineEventKind.ExceptionHandlingMiddleware
            && step.Branch != PipelineBranch.MappedBranch
            && step.Condition.CanRunOutsideDevelopment);
}
