using System;
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

namespace VioTech.Analyzers.CodeFixes.Cors;

/// <summary>Fixes VIO1004 by changing the origin literal's scheme from <c>http://</c> to <c>https://</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1004CorsOriginInsecureSchemeCodeFixProvider))]
[Shared]
internal sealed class VIO1004CorsOriginInsecureSchemeCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1004_UseHttps";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.CorsOriginInsecureScheme);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || !literal.Token.ValueText.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO1004_CodeFix"),
                    cancellationToken => ReplaceAsync(context.Document, literal, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var origin = "https://" + literal.Token.ValueText.Substring("http://".Length);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(origin)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
