using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>
/// A logger that code at a position can use by simple name: a parameter of the enclosing method,
/// lambda or local function, a field or property of the enclosing type, or a primary-constructor
/// parameter, whose type is Microsoft.Extensions.Logging <c>ILogger</c> or <c>Serilog.ILogger</c>.
/// </summary>
internal sealed class LoggerInScope
{
    private LoggerInScope(string name, ITypeSymbol type, bool isSerilog)
    {
        Name = name;
        Type = type;
        IsSerilog = isSerilog;
    }

    public string Name { get; }

    public ITypeSymbol Type { get; }

    public bool IsSerilog { get; }

    /// <summary>Returns the first logger found, in the order parameter, field or property, primary-constructor parameter; null when none is usable.</summary>
    public static LoggerInScope? Find(SemanticModel semanticModel, SyntaxNode node, CancellationToken cancellationToken)
    {
        var mel = semanticModel.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        var serilog = semanticModel.Compilation.GetTypeByMetadataName("Serilog.ILogger");
        if (mel is null && serilog is null)
        {
            return null;
        }

        var position = node.SpanStart;
        var enclosing = semanticModel.GetEnclosingSymbol(position, cancellationToken);
        var isStatic = false;
        for (var symbol = enclosing; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            foreach (var parameter in method.Parameters)
            {
                if (Create(parameter.Name, parameter.Type, mel, serilog) is { } found && IsVisible(semanticModel, position, parameter))
                {
                    return found;
                }
            }

            isStatic |= method.IsStatic && method.MethodKind != MethodKind.LambdaMethod && method.MethodKind != MethodKind.LocalFunction;
        }

        var type = enclosing?.ContainingType ?? (enclosing as INamedTypeSymbol);
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || (isStatic && !member.IsStatic))
            {
                continue;
            }

            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (memberType is not null && Create(member.Name, memberType, mel, serilog) is { } found && IsVisible(semanticModel, position, member))
            {
                return found;
            }
        }

        if (isStatic)
        {
            return null;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax { ParameterList: { } parameters }
                || reference.SyntaxTree != node.SyntaxTree)
            {
                continue;
            }

            foreach (var parameterSyntax in parameters.Parameters)
            {
                if (semanticModel.GetDeclaredSymbol(parameterSyntax, cancellationToken) is { } parameter
                    && Create(parameter.Name, parameter.Type, mel, serilog) is { } found
                    && IsVisible(semanticModel, position, parameter))
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static LoggerInScope? Create(string name, ITypeSymbol type, INamedTypeSymbol? mel, INamedTypeSymbol? serilog)
    {
        if (Implements(type, serilog))
        {
            return new LoggerInScope(name, type, isSerilog: true);
        }

        return Implements(type, mel) ? new LoggerInScope(name, type, isSerilog: false) : null;
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol? expected)
    {
        if (expected is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, expected))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the simple name binds to <paramref name="symbol"/> at the position, so that no local hides it.</summary>
    private static bool IsVisible(SemanticModel semanticModel, int position, ISymbol symbol)
    {
        foreach (var candidate in semanticModel.LookupSymbols(position, name: symbol.Name))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, symbol))
            {
                return true;
            }
        }

        return false;
    }
}
