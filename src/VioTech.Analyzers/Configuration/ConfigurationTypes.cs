using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Configuration;

/// <summary>The configuration and options types that the code and configuration rules recognise, looked up once per compilation.</summary>
internal sealed class ConfigurationTypes
{
    private ConfigurationTypes(Compilation compilation, INamedTypeSymbol configuration)
    {
        Configuration = configuration;
        ConfigurationSection = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
        ConfigurationBinder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
        ConfigurationExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationExtensions");
        OptionsServiceCollectionExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions");
        OptionsBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions");
        ConfigurationKeyNameAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationKeyNameAttribute");
    }

    public INamedTypeSymbol Configuration { get; }

    public INamedTypeSymbol? ConfigurationSection { get; }

    public INamedTypeSymbol? ConfigurationBinder { get; }

    public INamedTypeSymbol? ConfigurationExtensions { get; }

    public INamedTypeSymbol? OptionsServiceCollectionExtensions { get; }

    public INamedTypeSymbol? OptionsBuilderExtensions { get; }

    public INamedTypeSymbol? ConfigurationKeyNameAttribute { get; }

    /// <summary>Returns the types, or null when the compilation does not reference <c>Microsoft.Extensions.Configuration</c>.</summary>
    public static ConfigurationTypes? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is { } configuration
            ? new ConfigurationTypes(compilation, configuration)
            : null;

    /// <summary>Returns whether the type is <c>IConfiguration</c> or implements it (sections, roots, <c>ConfigurationManager</c>).</summary>
    public bool IsConfiguration(ITypeSymbol? type) => type is not null && PipelineTypes.Is(type, Configuration);

    public bool IsSection(ITypeSymbol? type) => type is not null && ConfigurationSection is not null && PipelineTypes.Is(type, ConfigurationSection);
}
