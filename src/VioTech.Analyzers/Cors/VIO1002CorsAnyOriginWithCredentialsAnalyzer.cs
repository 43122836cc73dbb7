using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1002: one CORS policy both accepts any origin (<c>AllowAnyOrigin()</c>, <c>WithOrigins("*")</c>,
/// <c>SetIsOriginAllowed(_ =&gt; true)</c>) and calls <c>AllowCredentials()</c>. Reported on the
/// <c>AllowCredentials()</c> call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1002CorsAnyOriginWithCredentialsAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.CorsAnyOriginWithCredentials);

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

            start.RegisterOperationAction(operationContext => Analyze(operationContext, policyBuilder), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol policyBuilder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "AllowCredentials"
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, policyBuilder)
            || EnvironmentGuards.IsDevelopmentOnly(invocation.Syntax))
        {
            return;
        }

        var scope = CorsPolicyScope.Of(invocation, policyBuilder);
        foreach (var call in CorsPolicyScope.PolicyCalls(scope, policyBuilder))
        {
            if (CorsOrigins.AnyOriginForm(call) is { } form)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, CorsOrigins.ReportLocation(invocation), form));
                return;
            }
        }
    }
}
