using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Observability;

/// <summary>
/// Finds a health endpoint written as a controller action: a controller of the project whose name
/// (without the <c>Controller</c> suffix) is a health path, such as <c>HealthController</c>, or an
/// action whose attribute route ends with one, such as <c>[Route("api/[controller]")]</c> on
/// <c>HealthController</c> or <c>[HttpGet("healthz")]</c>. It counts only when the pipeline maps
/// controllers in some environment other than Development.
/// </summary>
internal static class ControllerHealthRoutes
{
    private static readonly string[] ControllerMappings =
    {
        "MapControllers", "MapControllerRoute", "MapDefaultControllerRoute", "MapAreaControllerRoute", "UseMvc", "UseMvcWithDefaultRoute",
    };

    /// <param name="paths">Health paths, each with a leading slash, such as <c>/health</c> or <c>/status/ping</c>.</param>
    public static bool MapsHealthAction(PipelineModel model, Compilation compilation, IReadOnlyList<string> paths)
    {
        var mapsControllers = model.Steps.Any(step => step.Receiver == BuilderKind.Application
            && step.Branch != PipelineBranch.MappedBranch
            && ControllerMappings.Contains(step.Name, StringComparer.Ordinal)
            && step.Condition.CanRunOutsideDevelopment);
        if (!mapsControllers)
        {
            return false;
        }

        var healthPaths = paths.Select(Segments).Where(segments => segments.Length > 0).ToList();
        return SourceTypes.Of(compilation).Where(IsController).Any(controller => ServesHealthPath(controller, healthPaths));
    }

    private static bool ServesHealthPath(INamedTypeSymbol controller, List<string[]> healthPaths)
    {
        var controllerName = ControllerName(controller);
        if (healthPaths.Any(path => path.Length == 1 && string.Equals(path[0], controllerName, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var prefixes = RouteTemplates(controller).ToList();
        if (prefixes.Count == 0)
        {
            prefixes.Add(string.Empty);
        }

        foreach (var action in controller.GetMembers().OfType<IMethodSymbol>().Where(IsAction))
        {
            var actionTemplates = action.GetAttributes()
                .Where(attribute => IsRouteAttribute(attribute.AttributeClass))
                .Select(FirstStringArgument)
                .ToList();
            if (actionTemplates.Count == 0)
            {
                actionTemplates.Add(null);
            }

            foreach (var prefix in prefixes)
            {
                foreach (var template in actionTemplates)
                {
                    var route = Combine(prefix, template ?? string.Empty)
                        .Replace("[controller]", controllerName)
                        .Replace("[action]", action.Name);
                    var segments = Segments(route);
                    if (healthPaths.Any(path => EndsWith(segments, path)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Returns the controller's own route templates, or those it inherits, as <c>[Route]</c> is inherited.</summary>
    private static IEnumerable<string> RouteTemplates(INamedTypeSymbol controller)
    {
        for (var type = controller; type is not null; type = type.BaseType)
        {
            var templates = type.GetAttributes()
                .Where(attribute => attribute.AttributeClass?.Name == "RouteAttribute")
                .Select(FirstStringArgument)
                .Where(template => template is not null)
                .Select(template => template!)
                .ToList();
            if (templates.Count > 0)
            {
                return templates;
            }
        }

        return Enumerable.Empty<string>();
    }

    /// <summary>Returns the first constructor argument when it is a string; array arguments are skipped, as reading their value throws.</summary>
    private static string? FirstStringArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive } first
            ? first.Value as string
            : null;

    private static string Combine(string prefix, string template) =>
        template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal)
            ? template.TrimStart('~')
            : prefix + "/" + template;

    private static string[] Segments(string route) =>
        route.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(segment => segment.Trim()).ToArray();

    private static bool EndsWith(string[] route, string[] path)
    {
        if (route.Length < path.Length)
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (!string.Equals(route[route.Length - path.Length + i], path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for <c>[Route]</c> and the <c>[HttpGet]</c>-style attributes, which all derive from ASP.NET Core's <c>IRouteTemplateProvider</c>.</summary>
    private static bool IsRouteAttribute(INamedTypeSymbol? attribute) =>
        attribute is not null && attribute.AllInterfaces.Any(type => type.Name == "IRouteTemplateProvider");

    private static bool IsAction(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary
        && method.DeclaredAccessibility == Accessibility.Public
        && !method.IsStatic
        && !method.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "NonActionAttribute");

    private static string ControllerName(INamedTypeSymbol controller) =>
        controller.Name.EndsWith("Controller", StringComparison.Ordinal) && controller.Name.Length > "Controller".Length
            ? controller.Name.Substring(0, controller.Name.Length - "Controller".Length)
            : controller.Name;

    /// <summary>
    /// True for the types that ASP.NET Core treats as controllers: public, not abstract, not generic,
    /// not <c>[NonController]</c>, and named <c>…Controller</c> or marked <c>[Controller]</c> (which <c>ControllerBase</c> carries).
    /// </summary>
    private static bool IsController(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsGenericType || type.DeclaredAccessibility != Accessibility.Public
            || HasAttributeInHierarchy(type, "NonControllerAttribute"))
        {
            return false;
        }

        return type.Name.EndsWith("Controller", StringComparison.Ordinal) || HasAttributeInHierarchy(type, "ControllerAttribute");
    }

    private static bool HasAttributeInHierarchy(INamedTypeSymbol type, string attributeName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == attributeName))
            {
                return true;
            }
        }

        return false;
    }
}
