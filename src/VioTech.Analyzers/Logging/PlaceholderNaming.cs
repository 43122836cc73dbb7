using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core.Logging;

namespace VioTech.Analyzers.Logging;

/// <summary>A placeholder to rename and its new name.</summary>
internal sealed class PlaceholderRename
{
    public PlaceholderRename(TemplateHole hole, string newName)
    {
        Hole = hole;
        NewName = newName;
    }

    public TemplateHole Hole { get; }

    public string NewName { get; }
}

/// <summary>
/// Placeholder naming shared by VIO3005 and the template code fixes: PascalCase by default or
/// camelCase through <c>viotech.vio3005.placeholder_case = camel</c>, unique names, and no numeric
/// names.
/// </summary>
internal static class PlaceholderNaming
{
    /// <summary>Option that selects the placeholder case: <c>pascal</c> (the default) or <c>camel</c>.</summary>
    public const string CaseOption = "viotech.vio3005.placeholder_case";

    /// <summary>True when the options of <paramref name="tree"/> ask for camelCase placeholders.</summary>
    public static bool UsesCamelCase(AnalyzerConfigOptionsProvider provider, SyntaxTree tree) =>
        provider.GetOptions(tree).TryGetValue(CaseOption, out var value)
        && string.Equals(value.Trim(), "camel", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the renames that make every placeholder well named, in hole order. Numeric holes
    /// take the name of their value. Returns null when a rename would change which value a hole
    /// shows, because values are missing or positional holes are out of order or repeated.
    /// </summary>
    /// <param name="bindsByIndex">True for Serilog and NLog, where an all-positional template takes values by index; Microsoft.Extensions.Logging always takes them in order.</param>
    public static ImmutableArray<PlaceholderRename>? Compute(MessageTemplate template, ImmutableArray<IOperation> values, bool camelCase, bool bindsByIndex)
    {
        var renames = ImmutableArray.CreateBuilder<PlaceholderRename>();
        var namer = new HoleNamer(camelCase);
        var hasNumeric = false;
        for (var index = 0; index < template.Holes.Count; index++)
        {
            var hole = template.Holes[index];
            string baseName;
            if (hole.IsPositional)
            {
                // Serilog and NLog fill an all-positional hole by its index, but a named hole by its order.
                // A rename keeps the same value only when the index equals the order.
                hasNumeric = true;
                if (index >= values.Length || (bindsByIndex && template.IsPositional && hole.Position != index)
                    || values[index].Syntax is not ExpressionSyntax expression)
                {
                    return null;
                }

                baseName = HoleNamer.Normalize(HoleNamer.Derive(Unwrap(expression)), camelCase);
            }
            else
            {
                baseName = HoleNamer.Normalize(hole.Name, camelCase);
            }

            var newName = namer.Unique(baseName);
            if (!string.Equals(newName, hole.Name, StringComparison.Ordinal))
            {
                renames.Add(new PlaceholderRename(hole, newName));
            }
        }

        return hasNumeric && template.Holes.Count != values.Length ? null : renames.ToImmutable();
    }

    /// <summary>Returns the template text with the renames applied; alignment, format and operators are kept.</summary>
    public static string Apply(string text, IReadOnlyList<PlaceholderRename> renames)
    {
        for (var index = renames.Count - 1; index >= 0; index--)
        {
            var hole = renames[index].Hole;
            text = text.Substring(0, hole.NameStart) + renames[index].NewName + text.Substring(hole.NameStart + hole.Name.Length);
        }

        return text;
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            expression = expression is ParenthesizedExpressionSyntax parenthesized
                ? parenthesized.Expression
                : ((CastExpressionSyntax)expression).Expression;
        }

        return expression;
    }
}
