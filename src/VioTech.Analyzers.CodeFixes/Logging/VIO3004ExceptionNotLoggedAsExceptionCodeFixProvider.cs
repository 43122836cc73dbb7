using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Logging;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>
/// Fixes VIO3004 by passing the exception as the exception argument, placed before the template
/// as every supported overload expects. A value that was the exception (or its text) is removed
/// with its placeholder; a caught exception that was dropped is added, naming the <c>catch</c>
/// variable <c>ex</c> when it had no name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO3004ExceptionNotLoggedAsExceptionCodeFixProvider))]
[Shared]
internal sealed class VIO3004ExceptionNotLoggedAsExceptionCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = RuleIds.ExceptionNotLoggedAsException + ".PassException";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ExceptionNotLoggedAsException);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TryRewrite(root, semanticModel, diagnostic, context.CancellationToken) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO3004_CodeFix"),
                    cancellationToken => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (TryRewrite(root, semanticModel, diagnostic, cancellationToken) is not { } rewrite
                || replacements.Keys.Any(node => node.Span.IntersectsWith(rewrite.Invocation.Span)))
            {
                continue;
            }

            replacements[rewrite.Invocation] = rewrite.NewInvocation;
            if (rewrite.CatchDeclaration is { } declaration)
            {
                replacements[declaration] = rewrite.NewCatchDeclaration!;
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private sealed class Rewrite
    {
        public Rewrite(InvocationExpressionSyntax invocation, InvocationExpressionSyntax newInvocation, CatchDeclarationSyntax? catchDeclaration, CatchDeclarationSyntax? newCatchDeclaration)
        {
            Invocation = invocation;
            NewInvocation = newInvocation;
            CatchDeclaration = catchDeclaration;
            NewCatchDeclaration = newCatchDeclaration;
        }

        public InvocationExpressionSyntax Invocation { get; }

        public InvocationExpressionSyntax NewInvocation { get; }

        /// <summary>A catch declaration without a variable name, which the fix names.</summary>
        public CatchDeclarationSyntax? CatchDeclaration { get; }

        public CatchDeclarationSyntax? NewCatchDeclaration { get; }
    }

    private static Rewrite? TryRewrite(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var api = LoggingApi.Create(semanticModel.Compilation);
        var exceptionType = semanticModel.Compilation.GetTypeByMetadataName("System.Exception");
        if (api is null || exceptionType is null)
        {
            return null;
        }

        // The diagnostic may sit on a value that is itself a call (ex.ToString()); the logging call encloses it.
        LogCall? call = null;
        InvocationExpressionSyntax? invocationSyntax = null;
        foreach (var candidate in node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (semanticModel.GetOperation(candidate, cancellationToken) is IInvocationOperation operation
                && api.Recognize(operation) is { } recognized)
            {
                call = recognized;
                invocationSyntax = candidate;
                break;
            }
        }

        if (call is null || invocationSyntax is null
            || invocationSyntax.ArgumentList.Arguments.Any(argument => argument.NameColon is not null)
            || call.HasOpaqueValues
            || ExceptionArguments.Analyze(call, exceptionType) is not { } finding)
        {
            return null;
        }

        var templateArgument = (ArgumentSyntax)call.Template.Syntax;
        var index = invocationSyntax.ArgumentList.Arguments.IndexOf(templateArgument);
        if (index > 0 && semanticModel.GetTypeInfo(invocationSyntax.ArgumentList.Arguments[index - 1].Expression, cancellationToken).Type?.Name == "IFormatProvider")
        {
            // NLog's provider overloads take the exception before the provider; not rewritten.
            return null;
        }

        switch (finding.Problem)
        {
            case ExceptionProblem.AsValue or ExceptionProblem.MessageOnly when finding.ValueIndex >= 0:
                return MoveValue(invocationSyntax, call, finding, templateArgument);
            case ExceptionProblem.Dropped:
                return AddCaught(invocationSyntax, templateArgument, semanticModel, cancellationToken);
            default:
                return null;
        }
    }

    private static Rewrite? MoveValue(InvocationExpressionSyntax invocation, LogCall call, ExceptionFinding finding, ArgumentSyntax templateArgument)
    {
        if (templateArgument.Expression is not LiteralExpressionSyntax literal
            || TemplateEditing.RemoveHole(literal.Token.ValueText, finding.ValueIndex) is not { } newText
            || MessageTemplateHoleCount(literal.Token.ValueText) != call.Values.Length
            || finding.Exception?.Syntax is not ExpressionSyntax exceptionSyntax)
        {
            return null;
        }

        var newTemplate = TemplateLiteral.Create(newText, TemplateLiteral.StyleOf(literal), literal);
        var removed = (ExpressionSyntax)call.Values[finding.ValueIndex].Syntax;
        var arguments = new List<ArgumentSyntax>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument == templateArgument)
            {
                arguments.Add(SyntaxFactory.Argument(exceptionSyntax.WithoutTrivia()).WithLeadingTrivia(argument.GetLeadingTrivia()));
                arguments.Add(argument.WithExpression(newTemplate).WithoutLeadingTrivia());
            }
            else if (argument.Expression == removed)
            {
                continue;
            }
            else if (argument.Span.Contains(removed.Span) && argument.Expression is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax)
            {
                var initializer = argument.Expression.ChildNodes().OfType<InitializerExpressionSyntax>().Single();
                var kept = initializer.Expressions.Where(element => element != removed).ToList();
                if (kept.Count > 0 && initializer.Expressions.Last() == removed)
                {
                    // The removed element carried the space before the closing brace.
                    kept[kept.Count - 1] = kept[kept.Count - 1].WithTrailingTrivia(removed.GetTrailingTrivia());
                }

                var newInitializer = initializer.WithExpressions(SyntaxLists.CommaSeparated(kept, initializer.Expressions));
                arguments.Add(argument.ReplaceNode(initializer, newInitializer));
            }
            else
            {
                arguments.Add(argument);
            }
        }

        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxLists.CommaSeparated(arguments, invocation.ArgumentList.Arguments)));
        return new Rewrite(invocation, newInvocation, null, null);
    }

    private static Rewrite? AddCaught(InvocationExpressionSyntax invocation, ArgumentSyntax templateArgument, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (ExceptionArguments.EnclosingCatch(invocation) is not { Declaration: { } declaration })
        {
            return null;
        }

        CatchDeclarationSyntax? newDeclaration = null;
        var name = declaration.Identifier.ValueText;
        if (name.Length == 0)
        {
            name = semanticModel.LookupSymbols(invocation.SpanStart, name: "ex").IsEmpty ? "ex" : "exception";
            if (!semanticModel.LookupSymbols(invocation.SpanStart, name: name).IsEmpty)
            {
                return null;
            }

            newDeclaration = declaration
                .WithType(declaration.Type.WithTrailingTrivia(SyntaxFactory.Space))
                .WithIdentifier(SyntaxFactory.Identifier(name));
        }

        var arguments = new List<ArgumentSyntax>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument == templateArgument)
            {
                arguments.Add(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name)).WithLeadingTrivia(argument.GetLeadingTrivia()));
                arguments.Add(argument.WithoutLeadingTrivia());
            }
            else
            {
                arguments.Add(argument);
            }
        }

        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxLists.CommaSeparated(arguments, invocation.ArgumentList.Arguments)));
        return new Rewrite(invocation, newInvocation, newDeclaration is null ? null : declaration, newDeclaration);
    }

    private static int MessageTemplateHoleCount(string text) => VioTech.Analyzers.Core.Logging.MessageTemplate.Parse(text).Holes.Count;
}
