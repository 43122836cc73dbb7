using Microsoft.CodeAnalysis;

namespace VioTech.Analyzers.Pipeline;

/// <summary>Framework types the pipeline model needs, resolved once per compilation.</summary>
internal sealed class PipelineTypes
{
    private PipelineTypes(Compilation compilation, INamedTypeSymbol applicationBuilder)
    {
        ApplicationBuilder = applicationBuilder;
        WebApplication = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication");
        WebApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplicationBuilder");
        HostApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostApplicationBuilder");
        EndpointRouteBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder");
        EndpointConventionBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
        ServiceCollection = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.IServiceCollection");
        HostEnvironment = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostEnvironment");
        StartupFilter = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.IStartupFilter");
        HeaderDictionary = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IHeaderDictionary");
        CorsOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions");
        EnableCorsAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Cors.EnableCorsAttribute");
        IsTestProject = ReferencesTestFramework(compilation);
    }

    /// <summary>Returns whether the compilation references xUnit, NUnit, MSTest or TUnit, which marks a test project.</summary>
    public static bool ReferencesTestFramework(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null
        || compilation.GetTypeByMetadataName("NUnit.Framework.TestAttribute") is not null
        || compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute") is not null
        || compilation.GetTypeByMetadataName("TUnit.Core.TestAttribute") is not null;

    public INamedTypeSymbol ApplicationBuilder { get; }

    public INamedTypeSymbol? WebApplication { get; }

    public INamedTypeSymbol? WebApplicationBuilder { get; }

    /// <summary><c>IHostApplicationBuilder</c> (.NET 8 and later), which helpers such as Aspire's service defaults extend.</summary>
    public INamedTypeSymbol? HostApplicationBuilder { get; }

    public INamedTypeSymbol? EndpointRouteBuilder { get; }

    public INamedTypeSymbol? EndpointConventionBuilder { get; }

    public INamedTypeSymbol? ServiceCollection { get; }

    public INamedTypeSymbol? HostEnvironment { get; }

    public INamedTypeSymbol? StartupFilter { get; }

    public INamedTypeSymbol? HeaderDictionary { get; }

    public INamedTypeSymbol? CorsOptions { get; }

    public INamedTypeSymbol? EnableCorsAttribute { get; }

    /// <summary>True when a unit-test framework is referenced: the project is a test project.</summary>
    public bool IsTestProject { get; }

    /// <summary>Returns the types, or null when the compilation does not reference ASP.NET Core.</summary>
    public static PipelineTypes? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IApplicationBuilder") is { } applicationBuilder
            ? new PipelineTypes(compilation, applicationBuilder)
            : null;

    /// <summary>Classifies the type of a receiver or argument as one of the pipeline builders.</summary>
    public BuilderKind Classify(ITypeSymbol? type)
    {
        if (type is null)
        {
            return BuilderKind.None;
        }

        // A generic helper such as WithChecks<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
        // takes the builder its constraint names.
        if (type is ITypeParameterSymbol typeParameter)
        {
            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                var constrained = Classify(constraint);
                if (constrained != BuilderKind.None)
                {
                    return constrained;
                }
            }

            return BuilderKind.None;
        }

        if (Is(type, WebApplicationBuilder) || Is(type, HostApplicationBuilder))
        {
            return BuilderKind.HostBuilder;
        }

        if (Is(type, ApplicationBuilder) || Is(type, EndpointRouteBuilder))
        {
            return BuilderKind.Application;
        }

        if (Is(type, ServiceCollection))
        {
            return BuilderKind.Services;
        }

        if (Is(type, EndpointConventionBuilder))
        {
            return BuilderKind.Endpoint;
        }

        return BuilderKind.None;
    }

    public bool IsHostEnvironment(ITypeSymbol? type) =>
        type is not null && (Is(type, HostEnvironment) || type.Name is "IHostingEnvironment" or "IWebHostEnvironment" or "IHostEnvironment");

    public static bool Is(ITypeSymbol type, INamedTypeSymbol? target)
    {
        if (target is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, target))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, target))
            {
                return true;
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, target))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What a call's receiver or argument is, as far as the pipeline is concerned.</summary>
internal enum BuilderKind
{
    None,

    /// <summary><c>WebApplicationBuilder</c>: hosts the service collection and the environment.</summary>
    HostBuilder,

    /// <summary><c>IApplicationBuilder</c>, <c>WebApplication</c> or <c>IEndpointRouteBuilder</c>.</summary>
    Application,

    /// <summary><c>IServiceCollection</c>.</summary>
    Services,

    /// <summary>An endpoint's convention builder, such as the result of <c>MapGet</c>.</summary>
    Endpoint,
}
