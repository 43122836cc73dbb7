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
/// Fixes VIO3001 by turning formatted text into a constant template with one named hole per
/// value: <c>$"Payment {payment.Id} failed"</c> becomes <c>"Payment {PaymentId} failed", payment.Id</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO3001LogMessageNotConstantTemplateCodeFixProvider))]
[Shared]
internal sealed class VIO3001LogMessageNotConstantTemplateCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = RuleIds.LogMessageNotConstantTemplate + ".UseTemplate";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.LogMessageNotConstantTemplate);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            if (!diagnostic.Properties.TryGetValue(VIO3001LogMessageNotConstantTemplateAnalyzer.ShapeProperty, out var shape)
                || shape == VIO3001LogMessageNotConstantTemplateAnalyzer.NotFixableShape)
            {
                continue;
            }

            var camelCase = PlaceholderNaming.UsesCamelCase(context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, root.SyntaxTree);
            var rewrite = TryRewrite(root, semanticModel, diagnostic, shape!, camelCase, context.CancellationToken);
            if (rewrite is null)
            {
                continue;
            }

            var (original, replacement) = rewrite.Value;
            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO3001_CodeFix"),
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(original, replacement))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static (InvocationExpressionSyntax Original, InvocationExpressionSyntax Replacement)? TryRewrite(
        SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, string shape, bool camelCase, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax flagged
            || flagged.Parent?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocationSyntax
            || invocationSyntax.ArgumentList.Arguments.Any(argument => argument.NameColon is not null)
            || semanticModel.GetOperation(invocationSyntax, cancellationToken) is not IInvocationOperation invocation
            || LoggingApi.Create(semanticModel.Compilation)?.Recognize(invocation) is not { Kind: LogCallKind.Template } call
            || call.HasOpaqueValues)
        {
            return null;
        }

        var templateArgument = (ArgumentSyntax)call.Template.Syntax;
        if (shape == VIO3001LogMessageNotConstantTemplateAnalyzer.TemplateShape)
        {
            if (call.Values.Length > 0 || !templateArgument.Expression.Span.Contains(flagged.Span))
            {
                return null;
            }

            var converted = TemplateBuilder.TryConvert(call.Template.Value, new HoleNamer(camelCase));
            if (converted is null)
            {
                return null;
            }

            var literal = TemplateLiteral.Create(converted.Text, converted.Style, templateArgument.Expression);
            return (invocationSyntax, WithValues(invocationSyntax, call, templateArgument, literal, replacedValue: null, converted.Arguments));
        }

        if (shape == VIO3001LogMessageNotConstantTemplateAnalyzer.PassThroughShape && call.Values.Length == 1)
        {
            var value = call.Values[0];
            if (!value.Syntax.Span.Contains(flagged.Span))
            {
                return null;
            }

            var converted = TemplateBuilder.TryConvert(value, new HoleNamer(camelCase));
            if (converted is null)
            {
                return null;
            }

            var literal = TemplateLiteral.Create(converted.Text, converted.Style, templateArgument.Expression);
            return (invocationSyntax, WithValues(invocationSyntax, call, templateArgument, literal, (ExpressionSyntax)value.Syntax, converted.Arguments));
        }

        return null;
    }

    /// <summary>
    /// Returns the call with its template replaced and the values in place: in the explicit array
    /// when the call passes one, otherwise as trailing arguments. <paramref name="replacedValue"/>
    /// is the formatted value that the new values replace, for a one-hole template.
    /// </summary>
    private static InvocationExpressionSyntax WithValues(
        InvocationExpressionSyntax invocation,
        LogCall call,
        ArgumentSyntax templateArgument,
        ExpressionSyntax template,
        ExpressionSyntax? replacedValue,
        ImmutableArray<ExpressionSyntax> values)
    {
        var arguments = invocation.ArgumentList.Arguments;
        var explicitArray = call.ParamsArgument is { ArgumentKind: ArgumentKind.Explicit } paramsArgument
            ? (ArgumentSyntax)paramsArgument.Syntax
            : null;
        var initializer = explicitArray is null ? null : InitializerOf(explicitArray.Expression);

        if (initializer is not null)
        {
            // new object[] { … }: the values go into the array, replacing the formatted element if any.
            var elements = initializer.Expressions.Where(element => element != replacedValue).ToList();
            var insertAt = replacedValue is null ? elements.Count : initializer.Expressions.IndexOf(replacedValue);
            elements.InsertRange(insertAt, WithTriviaOf(values, replacedValue));
            var newInitializer = initializer.WithExpressions(SyntaxLists.CommaSeparated(elements, initializer.Expressions));
            var newArray = explicitArray!.Expression.ReplaceNode(initializer, newInitializer);
            return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(
                SyntaxLists.CommaSeparated(arguments.Select(argument =>
                    argument == templateArgument ? argument.WithExpression(template)
                    : argument == explicitArray ? argument.WithExpression(newArray)
                    : argument), arguments)));
        }

        var newArguments = new List<ArgumentSyntax>();
        foreach (var argument in arguments)
        {
            if (argument == templateArgument)
            {
                newArguments.Add(argument.WithExpression(template));
            }
            else if (argument == explicitArray || (replacedValue is not null && argument.Expression == replacedValue))
            {
                // An empty array (new object[0], Array.Empty<object>()) or the formatted value: both are replaced.
                continue;
            }
            else
            {
                newArguments.Add(argument);
            }
        }

        var replacedArgument = replacedValue?.Parent as ArgumentSyntax;
        newArguments.AddRange(WithTriviaOf(values, replacedArgument).Select(SyntaxFactory.Argument));
        return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxLists.CommaSeparated(newArguments, arguments)));
    }

    /// <summary>Gives the first value the leading trivia, and the last value the trailing trivia, of the node they replace.</summary>
    private static IEnumerable<ExpressionSyntax> WithTriviaOf(ImmutableArray<ExpressionSyntax> values, SyntaxNode? replaced)
    {
        if (replaced is null || values.IsEmpty)
        {
            return values;
        }

        var list = values.ToArray();
        list[0] = list[0].WithLeadingTrivia(replaced.GetLeadingTrivia());
        list[list.Length - 1] = list[list.Length - 1].WithTrailingTrivia(replaced.GetTrailingTrivia());
        return list;
    }

    private static InitializerExpressionSyntax? InitializerOf(ExpressionSyntax array) => array switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer,
        ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer,
        _ => null,
    };
}
