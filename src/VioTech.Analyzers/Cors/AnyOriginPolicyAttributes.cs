using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// Finds <c>[EnableCors("name")]</c> attributes that name a policy defined in the same file with
/// an any-origin form outside Development. Policies and attributes in different files are not
/// matched, so that the rule stays live in the editor; the policy itself is still reported.
/// </summary>
internal static class AnyOriginPolicyAttributes
{
    public static void Analyze(SemanticModelAnalysisContext context, INamedTypeSymbol policyBuilder, INamedTypeSymbol enableCors, DiagnosticDescriptor rule)
    {
        var root = context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
        var attributes = root.DescendantNodes().OfType<AttributeSyntax>().Where(attribute => attribute.ArgumentList?.Arguments.Count == 1).ToList();
        if (attributes.Count == 0)
        {
            return;
        }

        var permissive = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddPolicy" }
                || context.SemanticModel.GetOperation(call, context.CancellationToken) is not IInvocationOperation addPolicy
                || addPolicy.Arguments.Length < 2
                || addPolicy.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string name })
            {
                continue;
            }

            foreach (var policyCall in CorsPolicyScope.PolicyCalls(addPolicy.Arguments[1].Value, policyBuilder))
            {
                if (CorsOrigins.AnyOriginForm(policyCall) is { } form)
                {
                    permissive[name] = form;
                    break;
                }
            }
        }

        if (permissive.Count == 0)
        {
            return;
        }

        foreach (var attribute in attributes)
        {
            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol?.ContainingType is { } type
                && SymbolEqualityComparer.Default.Equals(type, enableCors)
                && context.SemanticModel.GetConstantValue(attribute.ArgumentList!.Arguments[0].Expression, context.CancellationToken) is { HasValue: true, Value: string policyName }
                && permissive.TryGetValue(policyName, out var form))
            {
                context.ReportDiagnostic(Diagnostic.Create(rule, attribute.GetLocation(), form));
            }
        }
    }
}
