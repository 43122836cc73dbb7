using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// VIO1003: an origin in <c>WithOrigins</c> that no browser can send: a trailing slash, path,
/// query or fragment, no scheme, a default port, a wildcard that is not the first host label, or
/// a <c>*.</c> wildcard without <c>SetIsOriginAllowedToAllowWildcardSubdomains()</c> in the policy.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1003CorsOriginNeverMatchesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property with the <c>scheme://host[:port]</c> form the code fix writes; absent when there is none.</summary>
    public const string NormalizedProperty = "Normalized";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.CorsOriginNeverMatches);

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
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, policyBuilder))
        {
            return;
        }

        bool? allowsWildcards = null;
        foreach (var origin in CorsOrigins.OriginArguments(invocation))
        {
            if (origin.ConstantValue is not { HasValue: true, Value: string text } || text == "*")
            {
                continue;
            }

            var parsed = CorsOriginText.Parse(text);
            var neverMatches = parsed.CanNeverMatch;
            if (!neverMatches && parsed.HasWildcard)
            {
                allowsWildcards ??= CorsPolicyScope.PolicyCalls(CorsPolicyScope.Of(invocation, policyBuilder), policyBuilder)
                    .Any(call => call.TargetMethod.Name == "SetIsOriginAllowedToAllowWildcardSubdomains");
                neverMatches = !allowsWildcards.Value;
            }

            if (!neverMatches)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (parsed.Normalized is { } normalized && !parsed.HasWildcard && normalized != text)
            {
                properties = properties.Add(NormalizedProperty, normalized);
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, origin.Syntax.GetLocation(), properties, text));
        }
    }
}
