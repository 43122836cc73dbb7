using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// The provider credentials of both categories in one syntax tree: in every literal token (regular,
/// verbatim, raw, interpolated text, UTF-8), comment and block of disabled code. VIO2001 and
/// VIO2005 share one scan per tree through a weakly keyed cache. The scan depends on the tree's
/// text alone, so a tree reused by a later compilation gets the same findings, and each analyzer
/// applies its own category and the allow pattern of its options afterwards.
/// </summary>
internal sealed class ProviderSecretScan
{
    private static readonly WeakKeyedCache<SyntaxTree, ProviderSecretScan> Scans = new();
    private static readonly Func<SyntaxTree, CancellationToken, ProviderSecretScan> ScanTree = Scan;

    private ProviderSecretScan(ImmutableArray<ProviderSecretFinding> findings)
    {
        Findings = findings;
    }

    /// <summary>Credentials in source order: a token's leading comments, then the token, then its trailing comments.</summary>
    public ImmutableArray<ProviderSecretFinding> Findings { get; }

    /// <summary>Returns the scan of <paramref name="tree"/>, scanning it on the first request.</summary>
    public static ProviderSecretScan Of(SyntaxTree tree, CancellationToken cancellationToken) =>
        Scans.GetOrCompute(tree, ScanTree, cancellationToken);

    private static ProviderSecretScan Scan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var findings = ImmutableArray.CreateBuilder<ProviderSecretFinding>();
        var root = tree.GetRoot(cancellationToken);
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            if (token.HasLeadingTrivia)
            {
                ScanTrivia(token.LeadingTrivia, findings, cancellationToken);
            }

            if (IsLiteralToken(token))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = token.Text;
                foreach (var match in SecretScanner.Scan(text))
                {
                    // A literal that is the credential and nothing else is marked whole, quotes included.
                    var wholeLiteral = match.Length == token.ValueText.Length && !token.IsKind(SyntaxKind.InterpolatedStringTextToken);
                    var fixable = wholeLiteral
                        && token.Parent is LiteralExpressionSyntax literal
                        && literal.IsKind(SyntaxKind.StringLiteralExpression)
                        && SecretFixProperties.AllowsNonConstant(literal);
                    var span = wholeLiteral ? token.Span : new TextSpan(token.SpanStart + match.Start, match.Length);
                    findings.Add(new ProviderSecretFinding(match, text, span, fixable));
                }
            }

            if (token.HasTrailingTrivia)
            {
                ScanTrivia(token.TrailingTrivia, findings, cancellationToken);
            }
        }

        return new ProviderSecretScan(findings.ToImmutable());
    }

    private static void ScanTrivia(SyntaxTriviaList trivia, ImmutableArray<ProviderSecretFinding>.Builder findings, CancellationToken cancellationToken)
    {
        foreach (var item in trivia)
        {
            if (!item.IsKind(SyntaxKind.SingleLineCommentTrivia)
                && !item.IsKind(SyntaxKind.MultiLineCommentTrivia)
                && !item.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                && !item.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                && !item.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var text = item.ToFullString();
            foreach (var match in SecretScanner.Scan(text))
            {
                findings.Add(new ProviderSecretFinding(match, text, new TextSpan(item.FullSpan.Start + match.Start, match.Length), fixable: false));
            }
        }
    }

    private static bool IsLiteralToken(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
                return true;
            default:
                return false;
        }
    }
}

/// <summary>One credential of a <see cref="ProviderSecretScan"/>: what matched, where to report it, and whether the fix applies.</summary>
internal sealed class ProviderSecretFinding
{
    private readonly string scannedText;

    public ProviderSecretFinding(SecretMatch match, string scannedText, TextSpan span, bool fixable)
    {
        Match = match;
        this.scannedText = scannedText;
        Span = span;
        Fixable = fixable;
    }

    public SecretMatch Match { get; }

    /// <summary>Span to report: the whole literal, quotes included, when it is the credential and nothing else. Otherwise the credential alone.</summary>
    public TextSpan Span { get; }

    /// <summary>True when the finding is a whole string literal that may become a run-time read.</summary>
    public bool Fixable { get; }

    /// <summary>Returns the credential's text, for the allow pattern only; it must never reach a message.</summary>
    public string Value() => scannedText.Substring(Match.Start, Match.Length);
}
