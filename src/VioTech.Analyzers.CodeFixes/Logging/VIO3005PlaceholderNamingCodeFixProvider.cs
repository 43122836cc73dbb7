using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Logging;
using VioTech.Analyzers.Logging;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>
/// Fixes VIO3005 by renaming every badly named placeholder of the template at once: case is
/// converted, repeated names are numbered and numeric names take the name of their value.
/// Only templates written as string literals are rewritten.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO3005PlaceholderNamingCodeFixProvider))]
[Shared]
internal sealed class VIO3005PlaceholderNamingCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = RuleIds.PlaceholderNaming + ".Rename";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.PlaceholderNaming);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        var camelCase = PlaceholderNaming.UsesCamelCase(context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, root.SyntaxTree);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || Renamed(literal, semanticModel, camelCase, context.CancellationToken) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO3005_CodeFix"),
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Renamed(LiteralExpressionSyntax literal, SemanticModel semanticModel, bool camelCase, CancellationToken cancellationToken)
    {
        var api = LoggingApi.Create(semanticModel.Compilation);
        if (api is null)
        {
            return null;
        }

        foreach (var candidate in literal.Ancestors())
        {
            if (candidate is not InvocationExpressionSyntax invocationSyntax
                || semanticModel.GetOperation(invocationSyntax, cancellationToken) is not IInvocationOperation invocation
                || api.Recognize(invocation) is not { } call)
            {
                continue;
            }

            if (call.Template.Value.Syntax != literal && LoggingOperations.SkipConversions(call.Template.Value).Syntax != literal)
            {
                return null;
            }

            var text = literal.Token.ValueText;
            var values = call.Kind == LogCallKind.Define ? ImmutableArray<IOperation>.Empty : call.Values;
            var renames = PlaceholderNaming.Compute(MessageTemplate.Parse(text), values, camelCase, call.Library != LoggingLibrary.MicrosoftExtensionsLogging);
            return renames is { IsEmpty: false } list
                ? TemplateLiteral.Create(PlaceholderNaming.Apply(text, list), TemplateLiteral.StyleOf(literal), literal)
                : null;
        }

        return null;
    }
}
