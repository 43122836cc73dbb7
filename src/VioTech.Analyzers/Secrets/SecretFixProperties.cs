using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// Diagnostic properties the secret code fixes read, and the check of whether the reported
/// expression may be replaced by a run-time read at all.
/// </summary>
internal static class SecretFixProperties
{
    public const string EnvironmentVariable = "EnvironmentVariable";
    public const string ConfigurationKey = "ConfigurationKey";
    public const string Fixable = "Fixable";

    public static ImmutableDictionary<string, string?> Create(string environmentVariable, string configurationKey, bool fixable)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[EnvironmentVariable] = environmentVariable;
        properties[ConfigurationKey] = configurationKey;
        if (fixable)
        {
            properties[Fixable] = "true";
        }

        return properties.ToImmutable();
    }

    /// <summary>
    /// Decides whether an expression may become non-constant: not inside a <c>const</c> declaration,
    /// an attribute argument, a parameter's default value, a <c>case</c> label or a pattern.
    /// </summary>
    public static bool AllowsNonConstant(SyntaxNode expression)
    {
        for (var node = expression.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case CaseSwitchLabelSyntax:
                case PatternSyntax:
                    return false;
                case FieldDeclarationSyntax field:
                    return !field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case LocalDeclarationStatementSyntax local:
                    return !local.Modifiers.Any(SyntaxKind.ConstKeyword);
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return true;
            }
        }

        return true;
    }

    /// <summary>Decides whether the node is an expression the fixes know how to replace: a string literal or a constant concatenation.</summary>
    public static bool IsReplaceableExpression(SyntaxNode node) =>
        node.IsKind(SyntaxKind.StringLiteralExpression)
        || node.IsKind(SyntaxKind.AddExpression)
        || node.IsKind(SyntaxKind.InterpolatedStringExpression);
}
