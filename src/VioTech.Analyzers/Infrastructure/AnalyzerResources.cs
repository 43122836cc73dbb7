using System.Resources;
using Microsoft.CodeAnalysis;

namespace VioTech.Analyzers.Infrastructure;

/// <summary>Access to <c>Resources.resx</c> and its Spanish satellite.</summary>
internal static class AnalyzerResources
{
    public static ResourceManager Manager { get; } =
        new("VioTech.Analyzers.Resources", typeof(AnalyzerResources).Assembly);

    public static LocalizableString Localizable(string name) =>
        new LocalizableResourceString(name, Manager, typeof(AnalyzerResources));

    /// <summary>A resource with format arguments, for message parts that are themselves localized (a message argument is formatted in the message's culture).</summary>
    public static LocalizableString Localizable(string name, params string[] formatArguments) =>
        new LocalizableResourceString(name, Manager, typeof(AnalyzerResources), formatArguments);
}
