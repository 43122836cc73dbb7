using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Secrets;

namespace VioTech.Analyzers.CodeFixes.Secrets;

/// <summary>
/// The code fix shared by VIO2001, VIO2002 and VIO2004: replaces a literal secret by a run-time
/// read, <c>configuration["Section:Key"]</c> when an <c>IConfiguration</c> is in scope, otherwise
/// <c>Environment.GetEnvironmentVariable("NAME")</c>, either one followed by
/// <c>?? throw new InvalidOperationException(…)</c> so that a missing value fails at start-up
/// instead of producing a null secret. The analyzers mark where the fix is allowed: never in a
/// <c>const</c>, an attribute argument, a parameter default or a comment.
/// </summary>
internal static class SecretReadCodeFix
{
    private const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    public static async Task RegisterAsync(CodeFixContext context, string ruleId)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(SecretFixProperties.Fixable)
                || !diagnostic.Properties.TryGetValue(SecretFixProperties.EnvironmentVariable, out var environmentVariable)
                || !diagnostic.Properties.TryGetValue(SecretFixProperties.ConfigurationKey, out var configurationKey)
                || environmentVariable is null
                || configurationKey is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not ExpressionSyntax expression || !SecretFixProperties.IsReplaceableExpression(expression))
            {
                continue;
            }

            var configuration = FindConfiguration(model, expression, context.CancellationToken);
            var title = configuration is null
                ? CodeFixResources.Title(ruleId + "_CodeFixEnvironment", environmentVariable)
                : CodeFixResources.Title(ruleId + "_CodeFix", configurationKey);
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => ReplaceAsync(context.Document, expression, environmentVariable, configurationKey, cancellationToken),
                    equivalenceKey: ruleId + "_ReadAtRunTime"),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(
        Document document, ExpressionSyntax expression, string environmentVariable, string configurationKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var configuration = FindConfiguration(model, expression, cancellationToken);
        var code = configuration is null
            ? "global::System.Environment.GetEnvironmentVariable(" + Quote(environmentVariable) + ") ?? throw new global::System.InvalidOperationException("
                + Quote(environmentVariable + " is not set.") + ")"
            : configuration + "[" + Quote(configurationKey) + "] ?? throw new global::System.InvalidOperationException("
                + Quote("Configuration value '" + configurationKey + "' is not set.") + ")";
        // Every node carries the simplifier annotation so that global::System.X becomes X where a using allows it.
        var read = SyntaxFactory.ParseExpression(code);
        read = read.ReplaceNodes(read.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
        var replacement = SyntaxFactory.ParenthesizedExpression(read)
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement));
    }

    /// <summary>
    /// Returns code that reaches an <c>IConfiguration</c> from the expression's position: a local or
    /// parameter of that type, an instance member when the code is not static, or the
    /// <c>Configuration</c> property of a builder or application in scope. Returns null when none is usable.
    /// </summary>
    private static string? FindConfiguration(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName(ConfigurationInterface);
        if (configurationType is null)
        {
            return null;
        }

        var position = expression.SpanStart;
        var instanceAllowed = InstanceMembersAllowed(model, expression, cancellationToken);
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var symbol in model.LookupSymbols(position))
        {
            var (type, rank) = symbol switch
            {
                ILocalSymbol local when DeclaredBefore(local, position) => (local.Type, 0),
                IParameterSymbol parameter => (parameter.Type, 0),
                IFieldSymbol field when field.IsStatic || instanceAllowed => (field.Type, 1),
                IPropertySymbol { IsIndexer: false } property when property.IsStatic || instanceAllowed => (property.Type, 1),
                _ => (null, int.MaxValue),
            };
            if (type is null || rank >= bestRank)
            {
                continue;
            }

            if (IsConfiguration(type, configurationType))
            {
                best = symbol.Name;
                bestRank = rank;
            }
            else if (type.GetMembers("Configuration").OfType<IPropertySymbol>().Any(p => IsConfiguration(p.Type, configurationType)))
            {
                best = symbol.Name + ".Configuration";
                bestRank = rank + 2;
            }
        }

        return best;
    }

    private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configurationType) =>
        SymbolEqualityComparer.Default.Equals(type, configurationType)
        || type.AllInterfaces.Any(candidate => SymbolEqualityComparer.Default.Equals(candidate, configurationType));

    private static bool DeclaredBefore(ILocalSymbol local, int position) =>
        local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End <= position;

    /// <summary>Instance members can be read in instance methods, accessors and constructors, not in static code or field initialisers.</summary>
    private static bool InstanceMembersAllowed(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node.FirstAncestorOrSelf<FieldDeclarationSyntax>() is not null
            || node.FirstAncestorOrSelf<PropertyDeclarationSyntax>() is { Initializer: not null })
        {
            return false;
        }

        var container = model.GetEnclosingSymbol(node.SpanStart, cancellationToken);
        while (container is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
        {
            if (inner.IsStatic)
            {
                return false;
            }

            container = inner.ContainingSymbol;
        }

        return container is { IsStatic: false } && container.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct };
    }

    private static string Quote(string text) =>
        SyntaxFactory.Literal(text).ToString();
}
