using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.Authentication;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Authentication;

/// <summary>
/// Fixes VIO1401 by assigning the safe value: <c>true</c> to a validation flag, and
/// <c>TimeSpan.FromMinutes(5)</c> (the library's default) to <c>ClockSkew</c>.
/// A signature validator that skips validation has no automatic fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1401JwtValidationDisabledCodeFixProvider))]
[Shared]
internal sealed class VIO1401JwtValidationDisabledCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1401_RestoreSafeValue";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.JwtValidationDisabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(VIO1401JwtValidationDisabledAnalyzer.FixProperty, out var fix)
                || fix is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax assignment)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO1401_CodeFix"),
                    cancellationToken => ReplaceAsync(context.Document, assignment, fix, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, AssignmentExpressionSyntax assignment, string fix, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        ExpressionSyntax value = fix == "true"
            ? SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)
            : SyntaxFactory.ParseExpression("System.TimeSpan.FromMinutes(5)");
        var replacement = assignment.WithRight(value.WithTriviaFrom(assignment.Right));
        return document.WithSyntaxRoot(root!.ReplaceNode(assignment, replacement));
    }
}
