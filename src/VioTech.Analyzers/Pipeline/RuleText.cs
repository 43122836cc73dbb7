using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// Localizable message parts. A rule whose message changes with the case passes one of these as a
/// message argument; it is formatted in the reader's culture when the message is shown.
/// </summary>
internal static class RuleText
{
    public static LocalizableString Get(string resourceName, params string[] formatArguments) =>
        new LocalizableResourceString(resourceName, AnalyzerResources.Manager, typeof(AnalyzerResources), formatArguments);
}
