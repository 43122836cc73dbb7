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
using VioTech.Analyzers.Core.Logging;
using VioTech.Analyzers.Logging;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>
/// Fixes VIO3003 by writing through the logger in scope: a method parameter, then a field or
/// property of the type, then a primary-constructor parameter, of type Microsoft.Extensions.Logging
/// <c>ILogger</c> or <c>Serilog.ILogger</c>. The message becomes a constant template. No fix is
/// offered when no logger is in scope or for <c>WriteIf</c> calls.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO3003ConsoleOutputInServiceCodeFixProvider))]
[Shared]
internal sealed class VIO3003ConsoleOutputInServiceCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = RuleIds.ConsoleOutputInService + ".UseLogger";
    private const string MelNamespace = "Microsoft.Extensions.Logging";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ConsoleOutputInService);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixDocumentAsync(context, document, diagnostics).ConfigureAwait(false));

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
            var rewrite = TryRewrite(context.Document, root, semanticModel, diagnostic, context.CancellationToken);
            if (rewrite is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO3003_CodeFix", rewrite.LoggerName),
                    _ => FixDocumentAsync(null, context.Document, ImmutableArray.Create(diagnostic)),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> FixDocumentAsync(FixAllContext? fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = fixAllContext?.CancellationToken ?? CancellationToken.None;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        var needsUsing = false;
        foreach (var diagnostic in diagnostics)
        {
            if (TryRewrite(document, root, semanticModel, diagnostic, cancellationToken) is { } rewrite
                && !replacements.Keys.Any(node => node.Span.IntersectsWith(rewrite.Original.Span)))
            {
                replacements.Add(rewrite.Original, rewrite.Replacement);
                needsUsing |= rewrite.NeedsMelUsing;
            }
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        if (needsUsing && newRoot is CompilationUnitSyntax unit
            && !unit.Usings.Any(directive => directive.Name?.ToString() == MelNamespace))
        {
            var newLine = root.ToFullString().Contains("\r\n") ? "\r\n" : "\n";
            newRoot = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(MelNamespace)).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine)));
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private sealed class Rewrite
    {
        public Rewrite(SyntaxNode original, SyntaxNode replacement, string loggerName, bool needsMelUsing)
        {
            Original = original;
            Replacement = replacement;
            LoggerName = loggerName;
            NeedsMelUsing = needsMelUsing;
        }

        public SyntaxNode Original { get; }

        public SyntaxNode Replacement { get; }

        public string LoggerName { get; }

        public bool NeedsMelUsing { get; }
    }

    private static Rewrite? TryRewrite(Document document, SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocationSyntax
            || semanticModel.GetOperation(invocationSyntax, cancellationToken) is not IInvocationOperation invocation
            || ConsoleWriters.Create(semanticModel.Compilation)?.Classify(invocation) is not { IsConditional: false } write)
        {
            return null;
        }

        var logger = LoggerInScope.Find(semanticModel, invocationSyntax, cancellationToken);
        if (logger is null)
        {
            return null;
        }

        var camelCase = PlaceholderNaming.UsesCamelCase(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, root.SyntaxTree);
        var converted = ConvertMessage(invocation, camelCase);
        if (converted is null)
        {
            return null;
        }

        var (template, arguments) = converted.Value;
        var methodName = MethodName(write.Level, logger.IsSerilog);
        var call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(logger.Name), SyntaxFactory.IdentifierName(methodName)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(
                new[] { SyntaxFactory.Argument(template) }.Concat(arguments.Select(SyntaxFactory.Argument)),
                Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), arguments.Length))))
            .WithTriviaFrom(invocationSyntax);

        var needsUsing = !logger.IsSerilog
            && semanticModel.LookupSymbols(invocationSyntax.SpanStart, logger.Type, methodName, includeReducedExtensionMethods: true).IsEmpty;
        return new Rewrite(invocationSyntax, call, logger.Name, needsUsing);
    }

    /// <summary>
    /// Converts the written value into a constant template and its values: a composite format
    /// with its arguments, formatted text through <see cref="TemplateBuilder"/>, constant text as
    /// escaped text, and any other value as one named placeholder.
    /// </summary>
    private static (ExpressionSyntax Template, ImmutableArray<ExpressionSyntax> Arguments)? ConvertMessage(IInvocationOperation invocation, bool camelCase)
    {
        var arguments = invocation.Arguments.Where(argument => !argument.IsImplicit).ToList();
        if (invocation.TargetMethod.Parameters.Any(parameter => parameter.Name == "format"))
        {
            var composite = TemplateBuilder.TryConvertCompositeFormat(invocation, new HoleNamer(camelCase));
            return composite is null
                ? null
                : (Literal(composite.Text, composite.Style, invocation.Arguments[0].Value.Syntax), composite.Arguments);
        }

        if (arguments.Count != 1 || arguments[0].Parameter?.Name is not ("value" or "message" or "buffer"))
        {
            return null;
        }

        var value = arguments[0].Value;
        var bare = LoggingOperations.SkipConversions(value);
        if (bare.Type is IArrayTypeSymbol)
        {
            return null;
        }

        if (bare.ConstantValue is { HasValue: true } constant)
        {
            var text = System.Convert.ToString(constant.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            return (Literal(MessageTemplate.EscapeText(text), TemplateLiteral.StyleOf(bare.Syntax), bare.Syntax), ImmutableArray<ExpressionSyntax>.Empty);
        }

        if (LoggingOperations.Classify(bare) != FormattedTextKind.None
            && TemplateBuilder.TryConvert(bare, new HoleNamer(camelCase)) is { } formatted)
        {
            return (Literal(formatted.Text, formatted.Style, bare.Syntax), formatted.Arguments);
        }

        var expression = (ExpressionSyntax)bare.Syntax;
        var name = new HoleNamer(camelCase).NameFor(expression);
        return (Literal("{" + name + "}", LiteralStyle.Regular, bare.Syntax), ImmutableArray.Create(expression.WithoutTrivia()));
    }

    private static ExpressionSyntax Literal(string text, LiteralStyle style, SyntaxNode original) =>
        TemplateLiteral.Create(text, style, original).WithoutTrivia();

    private static string MethodName(WriteLevel level, bool serilog) => level switch
    {
        WriteLevel.Debug => serilog ? "Debug" : "LogDebug",
        WriteLevel.Warning => serilog ? "Warning" : "LogWarning",
        WriteLevel.Error => serilog ? "Error" : "LogError",
        _ => serilog ? "Information" : "LogInformation",
    };
}
