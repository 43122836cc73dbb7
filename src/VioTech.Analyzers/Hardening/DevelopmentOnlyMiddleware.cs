using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Hardening;

/// <summary>Reports middleware that belongs in Development only when a pipeline step can run elsewhere.</summary>
internal static class DevelopmentOnlyMiddleware
{
    /// <summary>Property with the expression that reads the environment, present when the code fix can wrap the call.</summary>
    public const string EnvironmentProperty = PipelineInsertionPoint.EnvironmentProperty;

    public static void ReportOutsideDevelopment(PipelineModel model, PipelineRuleContext context, DiagnosticDescriptor rule, string[] names)
    {
        foreach (var step in model.Steps)
        {
            if (step.Receiver != BuilderKind.Application
                || step.Kind != PipelineEventKind.FrameworkCall
                || !names.Contains(step.Name)
                || !step.Condition.CanRunOutsideDevelopment)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = ImmutableArray<Location>.Empty;

            // The fix wraps a statement of the entry point that consists of this call alone and runs unconditionally.
            var top = PipelineInsertionPoint.TopStatement(step.Syntax, model.Entry);
            if ((top is GlobalStatementSyntax global ? global.Statement : top) is ExpressionStatementSyntax statement
                && statement.Expression == step.Syntax
                && step.Condition.IsAlways
                && PipelineInsertionPoint.EnvironmentExpression(model.Entry, context.Types) is { } environment)
            {
                properties = properties.Add(EnvironmentProperty, environment);
                additional = ImmutableArray.Create(statement.GetLocation());
            }

            context.Report(Diagnostic.Create(rule, step.CallLocation, additional, properties, step.Name + "()"));
        }
    }
}
