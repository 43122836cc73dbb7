using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core.Configuration;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// Finds and parses the configuration index that the build passes as an additional file. The parsed
/// index is cached per <see cref="SourceText"/> in a weak table, so compilations that share the text of
/// an unchanged file (as the IDE's snapshots usually do) parse it once, and nothing outlives the text.
/// </summary>
internal static class ConfigurationIndexReader
{
    private static readonly ConditionalWeakTable<SourceText, ParsedIndex> Cache = new();

    /// <summary>Returns the project's index, or null when the build wrote none (the rules then stay silent).</summary>
    public static ConfigurationIndex? Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var file = options.AdditionalFiles.FirstOrDefault(additional =>
            string.Equals(Path.GetFileName(additional.Path), ConfigurationIndex.FileName, StringComparison.OrdinalIgnoreCase));
        var text = file?.GetText(cancellationToken);
        return text is null ? null : Cache.GetValue(text, static source => new ParsedIndex(ConfigurationIndex.Parse(source.ToString()))).Index;
    }

    /// <summary>Holder that lets the weak table cache a null result (a file without the header).</summary>
    private sealed class ParsedIndex
    {
        public ParsedIndex(ConfigurationIndex? index) => Index = index;

        public ConfigurationIndex? Index { get; }
    }
}
