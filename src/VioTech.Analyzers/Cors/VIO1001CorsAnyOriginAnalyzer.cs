using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1001: a CORS policy accepts every origin through <c>AllowAnyOrigin()</c>,
/// <c>WithOrigins("*")</c> or <c>SetIsOriginAllowed</c> with a predicate that always returns true.
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
        });
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
