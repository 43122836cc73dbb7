using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Hardening;

/// <summary>
/// VIO1301: <c>UseDeveloperExceptionPage</c>, <c>UseDatabaseErrorPage</c> or
/// <c>UseMigrationsEndPoint</c> in a pipeline step that can run in an environment other than
/// Development, including when the call sits in the project's own extension method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property with the expression that reads the environment, present when the code fix can wrap the call.</summary>
    public const string EnvironmentProperty = PipelineInsertionPoint.EnvironmentProperty;

    private static readonly string[] DeveloperMiddleware = { "UseDeveloperExceptionPage", "UseDatabaseErrorPage", "UseMigrationsEndPoint" };

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.DeveloperErrorPagesOutsideDevelopment);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context) =>
        DevelopmentOnlyMiddleware.ReportOutsideDevelopment(model, context, Rule, DeveloperMiddleware);
}
