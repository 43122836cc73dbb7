using System.Linq;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.Infrastructure;

/// <summary>Creates every descriptor of the package from the rule registry and the resources.</summary>
internal static class Descriptors
{
    /// <summary>Creates the descriptor of a registered analyzer rule.</summary>
    public static DiagnosticDescriptor Create(string id)
    {
        var rule = RuleCatalog.Get(id);
        var tags = rule.Tags.ToList();
        if (!tags.Contains(WellKnownDiagnosticTags.Telemetry))
        {
            tags.Add(WellKnownDiagnosticTags.Telemetry);
        }

#pragma warning disable RS0030 // This is the one place allowed to call the constructor.
        return new DiagnosticDescriptor(
            rule.Id,
            AnalyzerResources.Localizable(rule.TitleResourceName),
            AnalyzerResources.Localizable(rule.MessageResourceName),
            rule.Category,
            rule.DefaultSeverity == RuleSeverity.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: AnalyzerResources.Localizable(rule.DescriptionResourceName),
            helpLinkUri: rule.HelpUri,
            customTags: tags.ToArray());
#pragma warning restore RS0030
    }
}
