using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core.Secrets;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// Finds provider credentials of one category (live for VIO2001, test-mode for VIO2005). It reads
/// every literal token (regular, verbatim, raw, interpolated text, UTF-8), comments and disabled
/// code through the shared <see cref="ProviderSecretScan"/>, and constant concatenations and
/// constant interpolations itself. Beside a name, it also recognises the formats that have no prefix.
/// </summary>
internal sealed class ProviderSecretReporter
{
    private readonly DiagnosticDescriptor rule;
    private readonly SecretCategory category;
    private readonly SecretAnalyzerOptions.Cache options;

    private ProviderSecretReporter(DiagnosticDescriptor rule, SecretCategory category, SecretAnalyzerOptions.Cache options)
    {
        this.rule = rule;
        this.category = category;
        this.options = options;
    }

    public static void Register(CompilationStartAnalysisContext start, DiagnosticDescriptor rule, SecretCategory category)
    {
        var reporter = new ProviderSecretReporter(rule, category, new SecretAnalyzerOptions.Cache(start.Options, start.Compilation));
        start.RegisterSyntaxTreeAction(reporter.AnalyzeTree);
        start.RegisterSyntaxNodeAction(reporter.AnalyzeConstantExpression, SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression);
        if (category == SecretCategory.Live)
        {
            CredentialSites.Register(start, reporter.AnalyzeNamedValue);
        }
    }

    /// <summary>
    /// Reports this category's credentials in the tree's literals and comments. VIO2001 and VIO2005
    /// both read the one <see cref="ProviderSecretScan"/> of the tree, so a tree is walked and
    /// scanned once, not once per rule.
    /// </summary>
    private void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        var scan = ProviderSecretScan.Of(context.Tree, context.CancellationToken);
        if (scan.Findings.IsEmpty)
        {
            return;
        }

        var treeOptions = options.Get(context.Tree);
        foreach (var finding in scan.Findings)
        {
            if (finding.Match.Category == category && !treeOptions.IsAllowed(finding.Value()))
            {
                Report(context.ReportDiagnostic, Location.Create(context.Tree, finding.Span), finding.Match, finding.Fixable);
            }
        }
    }

    /// <summary>
    /// Reports credentials assembled from constant parts (<c>"sk_" + "live_" + Rest</c>, or a constant
    /// interpolated string) that no single literal contains whole.
    /// </summary>
    private void AnalyzeConstantExpression(SyntaxNodeAnalysisContext context)
    {
        var node = (ExpressionSyntax)context.Node;
        if (node.IsKind(SyntaxKind.AddExpression) && IsInsideAddition(node))
        {
            return;
        }

        var parts = new List<(SyntaxNode Node, string? Value)>();
        if (node is InterpolatedStringExpressionSyntax interpolated)
        {
            CollectInterpolationParts(context, interpolated, parts);
        }
        else
        {
            CollectAdditionParts(context, node, parts);
        }

        var treeOptions = options.Get(node.SyntaxTree);
        var runStart = 0;
        for (var i = 0; i <= parts.Count; i++)
        {
            if (i < parts.Count && parts[i].Value is not null)
            {
                continue;
            }

            if (i - runStart >= 2)
            {
                AnalyzeRun(context, node, parts.GetRange(runStart, i - runStart), runStart == 0 && i == parts.Count, treeOptions);
            }

            runStart = i + 1;
        }
    }

    private void AnalyzeRun(
        SyntaxNodeAnalysisContext context,
        ExpressionSyntax whole,
        List<(SyntaxNode Node, string? Value)> run,
        bool runIsWholeExpression,
        SecretAnalyzerOptions treeOptions)
    {
        var offsets = new int[run.Count + 1];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < run.Count; i++)
        {
            offsets[i] = text.Length;
            text.Append(run[i].Value);
        }

        offsets[run.Count] = text.Length;
        var value = text.ToString();
        foreach (var match in SecretScanner.Scan(value))
        {
            if (match.Category != category || treeOptions.IsAllowed(value.Substring(match.Start, match.Length)))
            {
                continue;
            }

            int first = -1, last = -1;
            for (var i = 0; i < run.Count; i++)
            {
                if (offsets[i] < match.Start + match.Length && offsets[i + 1] > match.Start)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            // A credential that one part contains whole is reported on that part's own literal or
            // constant declaration. One that needs its neighbours to be recognised (a SAS signature
            // whose "sv=" sits in the previous literal) is reported on the part that contains it.
            if (first < 0 || (first == last && PartAloneHolds(run[first].Value!, match.Start - offsets[first], match.Length)))
            {
                continue;
            }

            var fixable = runIsWholeExpression && match.Start == 0 && match.Length == value.Length
                && SecretFixProperties.AllowsNonConstant(whole);
            var span = fixable ? whole.Span : TextSpan.FromBounds(run[first].Node.SpanStart, run[last].Node.Span.End);
            Report(context.ReportDiagnostic, Location.Create(whole.SyntaxTree, span), match, fixable);
        }
    }

    private static bool PartAloneHolds(string part, int start, int length)
    {
        foreach (var match in SecretScanner.Scan(part))
        {
            if (match.Start == start && match.Length == length)
            {
                return true;
            }
        }

        return false;
    }

    private void AnalyzeNamedValue(NamedValue value, System.Action<Diagnostic> report)
    {
        var match = SecretScanner.ScanNamed(value.Name, value.Value);
        if (match is not null && !options.Get(value.Syntax.SyntaxTree).IsAllowed(value.Value))
        {
            var fixable = value.Fixable && match.Length == value.Value.Length;
            Report(report, value.Syntax.GetLocation(), match, fixable);
        }
    }

    private void Report(System.Action<Diagnostic> report, Location location, SecretMatch match, bool fixable)
    {
        var properties = SecretFixProperties.Create(match.EnvironmentVariableName, match.ConfigurationKey, fixable, match.ProviderId);
        report(Diagnostic.Create(
            rule,
            location,
            properties,
            new LocalizedText(match.Kind, match.KindSpanish),
            new LocalizedText(match.Redacted, match.RedactedSpanish)));
    }

    private static bool IsInsideAddition(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is not null && parent.IsKind(SyntaxKind.AddExpression);
    }

    private static void CollectAdditionParts(SyntaxNodeAnalysisContext context, ExpressionSyntax expression, List<(SyntaxNode, string?)> parts)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
        {
            CollectAdditionParts(context, binary.Left, parts);
            CollectAdditionParts(context, binary.Right, parts);
            return;
        }

        var constant = context.SemanticModel.GetConstantValue(expression, context.CancellationToken);
        parts.Add((expression, constant.HasValue ? constant.Value as string : null));
    }

    private static void CollectInterpolationParts(SyntaxNodeAnalysisContext context, InterpolatedStringExpressionSyntax interpolated, List<(SyntaxNode, string?)> parts)
    {
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    parts.Add((text, text.TextToken.ValueText));
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole:
                    var constant = context.SemanticModel.GetConstantValue(hole.Expression, context.CancellationToken);
                    parts.Add((hole, constant.HasValue ? constant.Value as string : null));
                    break;
                default:
                    parts.Add((content, null));
                    break;
            }
        }
    }
}
