using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1001: a CORS policy accepts every origin through <c>AllowAnyOrigin()</c>,
/// <c>WithOrigins("*")</c> or <c>SetIsOriginAllowed</c> with a predicate that always returns true;
/// an <c>[EnableCors("name")]</c> in the same file names such a policy; or the code writes an
/// <c>Access-Control-Allow-Origin: *</c> response header by hand.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1001CorsAnyOriginAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.CorsAnyOrigin);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var policyBuilder = start.Compilation.GetTypeByMetadataName(KnownTypes.CorsPolicyBuilder);
            if (policyBuilder is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operationContext => AnalyzeInvocation(operationContext, policyBuilder),
                OperationKind.Invocation);

            if (SharedPipelineFacts.For(start.Compilation).Types is { } types)
            {
                start.RegisterOperationAction(
                    operationContext => AnalyzeHeaderWrite(operationContext, types),
                    OperationKind.Invocation,
                    OperationKind.SimpleAssignment);
                if (types.EnableCorsAttribute is { } enableCors)
                {
                    start.RegisterSyntaxNodeAction(
                        nodeContext => AnyOriginPolicyAttributes.AnalyzeInvocation(nodeContext, policyBuilder, enableCors, Rule),
                        SyntaxKind.InvocationExpression);
                }
            }
        });
    }

    private static void AnalyzeHeaderWrite(OperationAnalysisContext context, PipelineTypes types)
    {
        string name;
        string? value;
        var found = context.Operation switch
        {
            IInvocationOperation invocation => HeaderWrites.TryGetFromInvocation(invocation, types, out name, out value),
            ISimpleAssignmentOperation assignment => HeaderWrites.TryGetFromAssignment(assignment, types, out name, out value),
            _ => Unmatched(out name, out value),
        };

        if (found
            && string.Equals(name, "Access-Control-Allow-Origin", System.StringComparison.OrdinalIgnoreCase)
            && value?.Trim() == "*"
            && !EnvironmentGuards.IsDevelopmentOnly(context.Operation.Syntax))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), "Access-Control-Allow-Origin: *"));
        }
    }

    private static bool Unmatched(out string name, out string? value)
    {
        name = string.Empty;
        value = null;
        return false;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol policyBuilder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, policyBuilder))
        {
            return;
        }

        var form = CorsOrigins.AnyOriginForm(invocation);
        if (form is null || EnvironmentGuards.IsDevelopmentOnly(invocation.Syntax))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, CorsOrigins.ReportLocation(invocation), form));
    }
}
