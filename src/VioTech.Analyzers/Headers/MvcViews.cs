using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Headers;

/// <summary>Tells an MVC application that renders views from an API that only returns data.</summary>
internal static class MvcViews
{
    /// <summary>
    /// True when the project has Razor views or pages: a <c>.cshtml</c> or <c>.razor</c> additional
    /// file (the Razor SDK passes them to its source generator), a compiled view or page
    /// (<c>RazorPageBase</c>, <c>PageModel</c>), or a controller deriving from <c>Controller</c> that
    /// returns a view (calls <c>View</c>, <c>PartialView</c> or <c>ViewComponent</c>). Deriving from
    /// <c>Controller</c> alone does not count: older APIs do so and return only data.
    /// </summary>
    public static bool HasViews(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles)
    {
        if (additionalFiles.Any(file => Path.GetExtension(file.Path) is { } extension
            && (extension.Equals(".cshtml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".razor", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        var viewController = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Controller");
        var razorPage = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Razor.RazorPageBase");
        var pageModel = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
        return SourceTypes.Of(compilation).Any(type => type.TypeKind == TypeKind.Class
            && (DerivesFrom(type, razorPage) || DerivesFrom(type, pageModel) || (DerivesFrom(type, viewController) && ReturnsView(type))));
    }

    /// <summary>Syntax test for a call of <c>View(…)</c>, <c>PartialView(…)</c> or <c>ViewComponent(…)</c> in the controller's declarations.</summary>
    private static bool ReturnsView(INamedTypeSymbol controller) =>
        controller.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax().DescendantNodes().OfType<InvocationExpressionSyntax>().Any(invocation =>
            invocation.Expression switch
            {
                IdentifierNameSyntax name => IsViewMethod(name.Identifier.ValueText),
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => IsViewMethod(access.Name.Identifier.ValueText),
                _ => false,
            }));

    private static bool IsViewMethod(string name) => name is "View" or "PartialView" or "ViewComponent";

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
