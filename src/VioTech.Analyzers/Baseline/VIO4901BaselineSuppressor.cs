using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Baseline;

/// <summary>
/// Suppresses the analyzer findings listed in the project's baseline. The build converts
/// <c>viotech.baseline.json</c> into a line-oriented additional file in <c>obj/</c>
/// (<see cref="BaselineFingerprint.SuppressionFileName"/>), so this class parses no JSON. A finding
/// matches when its rule id, project-relative file and normalised source line hash are listed.
/// The compiler lets a suppressor suppress only diagnostics whose descriptor does not default to
/// Error. Every VioTech descriptor defaults to Warning or Info, so a baselined finding is suppressed
/// even where configuration raises it to an error.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO4901BaselineSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRuleId = RuleCatalog.All
        .Where(rule => rule.Kind == RuleKind.Analyzer)
        .ToImmutableDictionary(
            rule => rule.Id,
            rule => new SuppressionDescriptor(
                RuleIds.BaselineSuppressor,
                rule.Id,
                AnalyzerResources.Localizable(RuleCatalog.Get(RuleIds.BaselineSuppressor).MessageResourceName)),
            StringComparer.Ordinal);

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ByRuleId.Values.OrderBy(descriptor => descriptor.SuppressedDiagnosticId, StringComparer.Ordinal).ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var file = context.Options.AdditionalFiles.FirstOrDefault(additional =>
            string.Equals(Path.GetFileName(additional.Path), BaselineFingerprint.SuppressionFileName, StringComparison.OrdinalIgnoreCase));
        var text = file?.GetText(context.CancellationToken);
        if (text is null || !BaselineFingerprint.TryParseSuppressionFile(text.ToString(), out var root, out var keys) || keys.Count == 0)
        {
            return;
        }

        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!ByRuleId.TryGetValue(diagnostic.Id, out var descriptor) || !Matches(diagnostic, root, keys, context))
            {
                continue;
            }

            context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
        }
    }

    private static bool Matches(Diagnostic diagnostic, string root, HashSet<string> keys, SuppressionAnalysisContext context)
    {
        var location = diagnostic.Location;
        var tree = location.SourceTree;
        if (!location.IsInSource || tree is null)
        {
            return false;
        }

        var lineNumber = location.GetLineSpan().StartLinePosition.Line;
        var lines = tree.GetText(context.CancellationToken).Lines;
        if (lineNumber < 0 || lineNumber >= lines.Count)
        {
            return false;
        }

        var relative = BaselineFingerprint.RelativePath(root, tree.FilePath);
        var hash = BaselineFingerprint.HashLine(lines[lineNumber].ToString());
        return keys.Contains(BaselineFingerprint.Key(diagnostic.Id, relative, hash));
    }
}
