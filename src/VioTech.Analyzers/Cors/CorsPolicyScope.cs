using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Cors;

/// <summary>
/// Finds the calls that configure the same CORS policy as a given call: the body of the
/// <c>Action&lt;CorsPolicyBuilder&gt;</c> lambda that contains it, or else the whole method body.
/// </summary>
internal static class CorsPolicyScope
{
    /// <summary>Returns the operation that holds the policy configured by <paramref name="operation"/>.</summary>
    public static IOperation Of(IOperation operation, INamedTypeSymbol policyBuilder)
    {
        var root = operation;
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda
                && lambda.Symbol.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(lambda.Symbol.Parameters[0].Type, policyBuilder))
            {
                return lambda.Body;
            }

            root = current;
        }

        return root;
    }

    /// <summary>Returns the calls on <c>CorsPolicyBuilder</c> within <paramref name="scope"/> that are not confined to Development.</summary>
    public static IEnumerable<IInvocationOperation> PolicyCalls(IOperation scope, INamedTypeSymbol policyBuilder)
    {
        foreach (var descendant in scope.DescendantsAndSelf())
        {
            if (descendant is IInvocationOperation invocation
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, policyBuilder)
                && !EnvironmentGuards.IsDevelopmentOnly(invocation.Syntax))
            {
                yield return invocation;
            }
        }
    }
}
