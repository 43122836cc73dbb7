using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Cors;

/// <summary>Recognises the calls on <c>CorsPolicyBuilder</c> that accept every origin.</summary>
internal static class CorsOrigins
{
    /// <summary>
    /// Returns how the invocation accepts any origin (<c>AllowAnyOrigin()</c>, <c>WithOrigins("*")</c>,
    /// <c>SetIsOriginAllowed(_ =&gt; true)</c>), or null when it does not.
    /// </summary>
    public static string? AnyOriginForm(IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "AllowAnyOrigin":
                return "AllowAnyOrigin()";
            case "WithOrigins":
                foreach (var origin in OriginArguments(invocation))
                {
                    if (origin.ConstantValue is { HasValue: true, Value: "*" })
                    {
                        return "WithOrigins(\"*\")";
                    }
                }

                return null;
            case "SetIsOriginAllowed":
                return invocation.Arguments.Length == 1 && AlwaysReturnsTrue(invocation.Arguments[0].Value)
                    ? "SetIsOriginAllowed(_ => true)"
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Returns the origin values passed to <c>WithOrigins</c>, whether as params or as an explicit array.</summary>
    public static System.Collections.Generic.IEnumerable<IOperation> OriginArguments(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary>Reports on the method name, so that the squiggle marks the permissive call and not the whole chain.</summary>
    public static Location ReportLocation(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } syntax
            ? Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(memberAccess.Name.SpanStart, syntax.Span.End))
            : invocation.Syntax.GetLocation();

    private static bool AlwaysReturnsTrue(IOperation predicate)
    {
        while (predicate is IConversionOperation or IDelegateCreationOperation)
        {
            predicate = predicate switch
            {
                IConversionOperation conversion => conversion.Operand,
                IDelegateCreationOperation creation => creation.Target,
                _ => predicate,
            };
        }

        if (predicate is not IAnonymousFunctionOperation { Body: { } body })
        {
            return false;
        }

        // A lambda with an expression body is lowered to a block holding one return.
        foreach (var statement in body.Operations)
        {
            if (statement is IReturnOperation { ReturnedValue: { } returned })
            {
                return returned.ConstantValue is { HasValue: true, Value: true };
            }

            return false;
        }

        return false;
    }
}
