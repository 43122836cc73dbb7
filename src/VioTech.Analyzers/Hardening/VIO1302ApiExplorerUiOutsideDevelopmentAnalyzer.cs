using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Hardening;

/// <summary>
/// VIO1302: Swagger UI, ReDoc, Scalar or the OpenAPI document (<c>UseSwagger</c>,
/// <c>UseSwaggerUI</c>, <c>UseReDoc</c>, <c>MapOpenApi</c>, <c>MapScalarApiReference</c>) in a
/// pipeline step that can run outside Development.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1302ApiExplorerUiOutsideDevelopmentAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] ExplorerMiddleware = { "UseSwagger", "UseSwaggerUI", "UseReDoc", "MapOpenApi", "MapScalarApiReference" };

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ApiExplorerUiOutsideDevelopment);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context) =>
        DevelopmentOnlyMiddleware.ReportOutsideDevelopment(model, context, Rule, ExplorerMiddleware);
}
