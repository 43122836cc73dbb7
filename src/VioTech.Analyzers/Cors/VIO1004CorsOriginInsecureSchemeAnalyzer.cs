using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1004: an origin in <c>WithOrigins</c> uses <c>http://</c> for a host other than localhost,
/// 127.0.0.0/8 or [::1]. Calls in a Development-only branch are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1004CorsOriginInsecureSchemeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.CorsOriginInsecureScheme);

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
        if (invocation.TargetMethod.Name != "WithOrigins"
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, policyBuilder)
            || EnvironmentGuards.IsDevelopmentOnly(invocation.Syntax))
        {
            return;
        }

        foreach (var origin in CorsOrigins.OriginArguments(invocation))
        {
            if (origin.ConstantValue is { HasValue: true, Value: string text }
                && text.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase)
                && !CorsOriginText.Parse(text).IsLoopback)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, origin.Syntax.GetLocation(), text));
            }
        }
    }
}
