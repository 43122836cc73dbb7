using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.Infrastructure;

/// <summary>
/// Decides from syntax alone whether code runs only in Development: inside the then-branch of
/// <c>if (env.IsDevelopment())</c>, or the else-branch of <c>if (!env.IsDevelopment())</c>.
/// </summary>
internal static class EnvironmentGuards
{
    public static bool IsDevelopmentOnly(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            if (parent is IfStatementSyntax ifStatement)
            {
                var condition = Classify(ifStatement.Condition);
                if (child == ifStatement.Statement && condition == GuardKind.Development)
                {
                    return true;
                }

                if (child == ifStatement.Else && condition == GuardKind.NotDevelopment)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private enum GuardKind
    {
        Other,
        Development,
        NotDevelopment,
    }

    private static GuardKind Classify(ExpressionSyntax condition)
    {
        condition = Unwrap(condition);
        if (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
        {
            return Classify(not.Operand) switch
            {
                GuardKind.Development => GuardKind.NotDevelopment,
                GuardKind.NotDevelopment => GuardKind.Development,
                _ => GuardKind.Other,
            };
        }

        if (condition is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsDevelopment" } })
        {
            return GuardKind.Development;
        }

        return GuardKind.Other;
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
