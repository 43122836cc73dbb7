using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Headers;

/// <summary>Tells an MVC application that renders views from an API that only returns data.</summary>
internal static class MvcViews
{
    /// <summary>
    /// True when the project has Razor views or pages: a <c>.cshtml</c> or <c>.razor</c> additional
    /// file (the Razor SDK passes them to its source generator), a compiled view or page
    /// (<c>RazorPageBase</c>, <c>PageModel</c>), or a controller deriving from <c>Controller</c>,
    /// the base class that adds <c>View()</c> to <c>ControllerBase</c>.
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
            && (DerivesFrom(type, viewController) || DerivesFrom(type, razorPage) || DerivesFrom(type, pageModel)));
    }

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
