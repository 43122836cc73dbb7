using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        foreach (var step in model.Steps)
        {
            if (step.Receiver != BuilderKind.Application
                || step.Kind != PipelineEventKind.FrameworkCall
                || !DeveloperMiddleware.Contains(step.Name)
                || !step.Condition.CanRunOutsideDevelopment)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = ImmutableArray<Location>.Empty;

            // The fix wraps a statement of the entry point that consists of this call alone.
            var top = PipelineInsertionPoint.TopStatement(step.Syntax, model.Entry);
            if ((top is GlobalStatementSyntax global ? global.Statement : top) is ExpressionStatementSyntax statement
                && statement.Expression == step.Syntax
                && step.Condition.IsAlways
                && PipelineInsertionPoint.EnvironmentExpression(model.Entry, context.Types) is { } environment)
            {
                properties = properties.Add(EnvironmentProperty, environment);
                additional = ImmutableArray.Create(statement.GetLocation());
            }

            context.Report(Diagnostic.Create(Rule, step.CallLocation, additional, properties, step.Name + "()"));
        }
    }
}
