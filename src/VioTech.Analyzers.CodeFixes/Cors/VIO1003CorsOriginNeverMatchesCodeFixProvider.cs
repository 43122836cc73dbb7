using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Cors;

namespace VioTech.Analyzers.CodeFixes.Cors;

/// <summary>
/// Fixes VIO1003 by rewriting the origin literal to the <c>scheme://host[:port]</c> form a browser
/// sends. Offered only for string literals whose scheme and host are known.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1003CorsOriginNeverMatchesCodeFixProvider))]
[Shared]
internal sealed class VIO1003CorsOriginNeverMatchesCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1003_TrimOrigin";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.CorsOriginNeverMatches);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(VIO1003CorsOriginNeverMatchesAnalyzer.NormalizedProperty, out var normalized)
                || normalized is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO1003_CodeFix", normalized),
                    cancellationToken => ReplaceAsync(context.Document, literal, normalized, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string origin, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(origin)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
