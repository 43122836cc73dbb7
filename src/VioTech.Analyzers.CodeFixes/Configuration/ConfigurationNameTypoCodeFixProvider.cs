using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Configuration;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Configuration;

/// <summary>
/// Fixes VIO4201 and VIO4202 by writing the closest declared variable name or known key into the
/// string literal. The analyzer offers a suggestion only for a literal and only when one name is
/// close, and puts it in the diagnostic's <c>Suggestion</c> property; each diagnostic carries its own,
/// so Fix All rewrites every literal to its own suggestion. One subclass per rule.
/// </summary>
internal abstract class ConfigurationNameTypoCodeFixProvider : CodeFixProvider
{
    protected abstract string RuleId { get; }

    private string EquivalenceKey => RuleId + "_UseClosestName";

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleId);

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(VIO4201EnvironmentVariableNotDeclaredAnalyzer.SuggestionProperty, out var suggestion)
                || string.IsNullOrEmpty(suggestion)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO4201_CodeFix", suggestion!),
                    cancellationToken => ReplaceAsync(context.Document, literal, suggestion!, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string text, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
