using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// Finds <c>[EnableCors("name")]</c> attributes that name a policy defined in the same file with
/// an any-origin form outside Development. Policies and attributes in different files are not
/// matched, so that the rule stays live in the editor; the policy itself is still reported.
/// </summary>
/// <remarks>
/// It runs as a syntax node action on invocations, which the compiler dispatches from its one walk
/// over each file, so a file without a permissive <c>AddPolicy</c> call costs no walk of its own.
/// When a policy name is defined more than once in a file, the last permissive definition in
/// document order supplies the form in the message, and only that call reports the attributes.
/// </remarks>
internal static class AnyOriginPolicyAttributes
{
    public static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, INamedTypeSymbol policyBuilder, INamedTypeSymbol enableCors, DiagnosticDescriptor rule)
    {
        var call = (InvocationExpressionSyntax)context.Node;
        if (!IsAddPolicyCall(call) || PermissiveForm(context.SemanticModel, call, policyBuilder, context.CancellationToken) is not { } policy)
        {
            return;
        }

        var attributes = new List<AttributeSyntax>();
        var laterCalls = new List<InvocationExpressionSyntax>();
        var passedCall = false;
        foreach (var node in call.SyntaxTree.GetRoot(context.CancellationToken).DescendantNodes())
        {
            if (node is AttributeSyntax attribute && attribute.ArgumentList?.Arguments.Count == 1)
            {
                attributes.Add(attribute);
            }
            else if (node == call)
            {
                passedCall = true;
            }
            else if (passedCall && node is InvocationExpressionSyntax later && IsAddPolicyCall(later))
            {
                laterCalls.Add(later);
            }
        }

        if (attributes.Count == 0)
        {
            return;
        }

        foreach (var later in laterCalls)
        {
            if (PermissiveForm(context.SemanticModel, later, policyBuilder, context.CancellationToken) is { } laterPolicy
                && laterPolicy.Name == policy.Name)
            {
                return;
            }
        }

        foreach (var attribute in attributes)
        {
            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol?.ContainingType is { } type
                && SymbolEqualityComparer.Default.Equals(type, enableCors)
                && context.SemanticModel.GetConstantValue(attribute.ArgumentList!.Arguments[0].Expression, context.CancellationToken) is { HasValue: true, Value: string policyName }
                && policyName == policy.Name)
            {
                context.ReportDiagnostic(Diagnostic.Create(rule, attribute.GetLocation(), policy.Form));
            }
        }
    }

    private static bool IsAddPolicyCall(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddPolicy" };

    /// <summary>Returns the policy name and the any-origin form of an <c>AddPolicy("name", …)</c> call whose policy accepts every origin, or null.</summary>
    private static (string Name, string Form)? PermissiveForm(SemanticModel model, InvocationExpressionSyntax call, INamedTypeSymbol policyBuilder, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetOperation(call, cancellationToken) is not IInvocationOperation addPolicy
            || addPolicy.Arguments.Length < 2
            || addPolicy.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string name })
        {
            return null;
        }

        foreach (var policyCall in CorsPolicyScope.PolicyCalls(addPolicy.Arguments[1].Value, policyBuilder))
        {
            if (CorsOrigins.AnyOriginForm(policyCall) is { } form)
            {
                return (name, form);
            }
        }

        return null;
    }
}
