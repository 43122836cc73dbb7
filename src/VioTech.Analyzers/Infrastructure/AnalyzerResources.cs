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
}
