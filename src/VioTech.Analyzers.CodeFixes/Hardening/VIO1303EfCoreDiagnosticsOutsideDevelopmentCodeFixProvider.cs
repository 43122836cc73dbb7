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
using VioTech.Analyzers.Hardening;

namespace VioTech.Analyzers.CodeFixes.Hardening;

/// <summary>Fixes VIO1303 by passing the environment check as the argument: <c>EnableSensitiveDataLogging(builder.Environment.IsDevelopment())</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1303EfCoreDiagnosticsOutsideDevelopmentCodeFixProvider))]
[Shared]
internal sealed class VIO1303EfCoreDiagnosticsOutsideDevelopmentCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1303_PassDevelopmentCheck";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.EfCoreDiagnosticsOutsideDevelopment);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(VIO1303EfCoreDiagnosticsOutsideDevelopmentAnalyzer.EnvironmentProperty, out var environment)
                || string.IsNullOrEmpty(environment)
                || root?.FindNode(diagnostic.Location.SourceSpan)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO1303_CodeFix"),
                    cancellationToken => PassCheckAsync(context.Document, invocation, environment!, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> PassCheckAsync(Document document, InvocationExpressionSyntax invocation, string environment, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var check = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(environment + ".IsDevelopment()"));
        var arguments = invocation.ArgumentList.Arguments.Count == 0
            ? SyntaxFactory.SingletonSeparatedList(check)
            : invocation.ArgumentList.Arguments.Replace(invocation.ArgumentList.Arguments[0], check.WithTriviaFrom(invocation.ArgumentList.Arguments[0]));
        var replacement = invocation.WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
        return document.WithSyntaxRoot(root!.ReplaceNode(invocation, replacement));
    }
}
