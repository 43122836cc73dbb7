using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// Derives placeholder names from the expressions that fill them: a member chain joined in
/// PascalCase (<c>payment.Id</c> → <c>PaymentId</c>), without <c>this</c>, leading underscores,
/// <c>Get</c> prefixes, <c>Async</c> suffixes or <c>ToString()</c>; <c>Value</c> when the expression
/// names nothing. A name already taken in the template, in any casing, is numbered: <c>Id</c>, <c>Id2</c>.
/// </summary>
internal sealed class HoleNamer
{
    private const string Fallback = "Value";

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool camelCase;

    /// <param name="camelCase">True to produce <c>paymentId</c> instead of <c>PaymentId</c>.</param>
    public HoleNamer(bool camelCase = false)
    {
        this.camelCase = camelCase;
    }

    /// <summary>Marks a name as taken, such as a hole the template keeps.</summary>
    public void Reserve(string name) => used.Add(name);

    /// <summary>Returns a new unique name for the hole filled by <paramref name="expression"/>.</summary>
    public string NameFor(ExpressionSyntax expression) => Unique(Normalize(Derive(expression), camelCase));

    /// <summary>Returns <paramref name="baseName"/>, numbered from 2 when it is already taken, and marks it as taken.</summary>
    public string Unique(string baseName)
    {
        var name = baseName;
        for (var number = 2; !used.Add(name); number++)
        {
            name = baseName + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>
    /// Converts a placeholder name to PascalCase (or camelCase): underscores split words
    /// (<c>user_id</c> → <c>UserId</c>) and a name that does not start with a letter gets a
    /// <c>Value</c> prefix.
    /// </summary>
    public static string Normalize(string name, bool camelCase)
    {
        var builder = new StringBuilder();
        AppendPascal(builder, name);
        var pascal = builder.Length == 0 ? Fallback : char.IsDigit(builder[0]) ? Fallback + builder : builder.ToString();
        return camelCase ? char.ToLowerInvariant(pascal[0]) + pascal.Substring(1) : pascal;
    }

    /// <summary>Returns the PascalCase name for an expression, before uniqueness is applied.</summary>
    public static string Derive(ExpressionSyntax expression)
    {
        var parts = new List<string>();
        Collect(expression, parts);
        var name = new StringBuilder();
        foreach (var part in parts)
        {
            AppendPascal(name, part);
        }

        if (name.Length == 0)
        {
            return Fallback;
        }

        return char.IsDigit(name[0]) ? Fallback + name : name.ToString();
    }

    private static void Collect(ExpressionSyntax expression, List<string> parts)
    {
        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                parts.Add(identifier.Identifier.ValueText);
                break;
            case GenericNameSyntax generic:
                parts.Add(generic.Identifier.ValueText);
                break;
            case MemberAccessExpressionSyntax memberAccess:
                if (memberAccess.Expression is not (ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax))
                {
                    Collect(memberAccess.Expression, parts);
                }

                parts.Add(memberAccess.Name.Identifier.ValueText);
                break;
            case ConditionalAccessExpressionSyntax conditionalAccess:
                Collect(conditionalAccess.Expression, parts);
                Collect(conditionalAccess.WhenNotNull, parts);
                break;
            case MemberBindingExpressionSyntax binding:
                parts.Add(binding.Name.Identifier.ValueText);
                break;
            case InvocationExpressionSyntax invocation:
                Collect(invocation.Expression, parts);
                TrimMethodName(parts);
                break;
            case ElementAccessExpressionSyntax elementAccess:
                Collect(elementAccess.Expression, parts);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Collect(parenthesized.Expression, parts);
                break;
            case CastExpressionSyntax cast:
                Collect(cast.Expression, parts);
                break;
            case PostfixUnaryExpressionSyntax postfix:
                Collect(postfix.Operand, parts);
                break;
            case AwaitExpressionSyntax awaitExpression:
                Collect(awaitExpression.Expression, parts);
                break;
        }
    }

    /// <summary>Turns the method name at the end of <paramref name="parts"/> into a value name.</summary>
    private static void TrimMethodName(List<string> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var name = parts[parts.Count - 1];
        if (name == "ToString")
        {
            name = string.Empty;
        }

        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name.Substring(3);
        }

        if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 5);
        }

        if (name.Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }
        else
        {
            parts[parts.Count - 1] = name;
        }
    }

    /// <summary>Appends an identifier in PascalCase, splitting it at underscores (<c>user_id</c> → <c>UserId</c>).</summary>
    private static void AppendPascal(StringBuilder name, string identifier)
    {
        var startOfWord = true;
        foreach (var character in identifier)
        {
            if (character == '_' || !char.IsLetterOrDigit(character))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(character) : character);
            startOfWord = false;
        }
    }
}
