using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace VioTech.Analyzers.Infrastructure;

/// <summary>Enumerates the named types of a compilation's own assembly, nested types included.</summary>
internal static class SourceTypes
{
    public static IEnumerable<INamedTypeSymbol> Of(Compilation compilation)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol childNamespace)
                {
                    pending.Push(childNamespace);
                }
                else if (member is INamedTypeSymbol type)
                {
                    pending.Push(type);
                    yield return type;
                }
            }
        }
    }
}
