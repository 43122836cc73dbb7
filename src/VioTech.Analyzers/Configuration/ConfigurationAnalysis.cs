using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// What the code and configuration rules need for one compilation: the build's configuration index,
/// the configuration types, the known platform variables and the key lookup. Null when the rules have
/// nothing to compare against: no index (a design-time build before the first real build), or a
/// test project that the options leave out.
/// </summary>
internal sealed class ConfigurationAnalysis
{
    private ConfigurationAnalysis(ConfigurationIndex index, ConfigurationTypes? types, KnownEnvironmentVariables knownVariables, ConfigurationKeyLookup lookup)
    {
        Index = index;
        Types = types;
        KnownVariables = knownVariables;
        Lookup = lookup;
    }

    public ConfigurationIndex Index { get; }

    /// <summary>The configuration types, or null when the project does not reference <c>Microsoft.Extensions.Configuration</c>.</summary>
    public ConfigurationTypes? Types { get; }

    public KnownEnvironmentVariables KnownVariables { get; }

    public ConfigurationKeyLookup Lookup { get; }

    public static ConfigurationAnalysis? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var index = ConfigurationIndexReader.Read(options, cancellationToken);
        if (index is null)
        {
            return null;
        }

        var reader = new AnalyzerOptionsReader(options);
        if (Pipeline.PipelineTypes.ReferencesTestFramework(compilation) && !reader.GetBoolean(AnalyzerOptionKeys.ConfigurationReadsInTests, false))
        {
            return null;
        }

        var known = KnownEnvironmentVariables.Create(reader.GetString(AnalyzerOptionKeys.KnownEnvironmentVariables));
        return new ConfigurationAnalysis(index, ConfigurationTypes.Create(compilation), known, new ConfigurationKeyLookup(index, known, compilation, cancellationToken));
    }
}
