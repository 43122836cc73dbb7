using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>Helpers for editing argument and initializer lists.</summary>
internal static class SyntaxLists
{
    /// <summary>
    /// Joins nodes with commas, reusing the original separators (and their line breaks) first and
    /// writing ", " for the added ones.
    /// </summary>
    public static SeparatedSyntaxList<T> CommaSeparated<T>(IEnumerable<T> nodes, SeparatedSyntaxList<T> original)
        where T : SyntaxNode
    {
        var list = nodes.ToList();
        var existing = original.GetSeparators().ToList();
        var separators = new List<SyntaxToken>();
        for (var index = 0; index < list.Count - 1; index++)
        {
            separators.Add(index < existing.Count
                ? existing[index]
                : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return SyntaxFactory.SeparatedList(list, separators);
    }
}
