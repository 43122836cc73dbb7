using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>The kind of C# string literal a rewritten template is written as.</summary>
internal enum LiteralStyle
{
    Regular,
    Verbatim,
    Raw,
}

/// <summary>Writes a template as a C# string literal of the style the original code used.</summary>
internal static class TemplateLiteral
{
    /// <summary>Returns the literal style of a string expression: regular, verbatim (<c>@"</c>) or raw (<c>"""</c>).</summary>
    public static LiteralStyle StyleOf(SyntaxNode node)
    {
        switch (node)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                return interpolated.StringStartToken.Kind() switch
                {
                    SyntaxKind.InterpolatedVerbatimStringStartToken => LiteralStyle.Verbatim,
                    SyntaxKind.InterpolatedSingleLineRawStringStartToken => LiteralStyle.Raw,
                    SyntaxKind.InterpolatedMultiLineRawStringStartToken => LiteralStyle.Raw,
                    _ => LiteralStyle.Regular,
                };
            case LiteralExpressionSyntax literal:
                return literal.Token.Kind() switch
                {
                    SyntaxKind.SingleLineRawStringLiteralToken => LiteralStyle.Raw,
                    SyntaxKind.MultiLineRawStringLiteralToken => LiteralStyle.Raw,
                    SyntaxKind.StringLiteralToken when literal.Token.Text.StartsWith("@", StringComparison.Ordinal) => LiteralStyle.Verbatim,
                    _ => LiteralStyle.Regular,
                };
            default:
                return LiteralStyle.Regular;
        }
    }

    /// <summary>
    /// Creates the literal for <paramref name="value"/>. A raw literal that needs several lines is
    /// indented like the line that closes <paramref name="original"/>, so its content is unchanged.
    /// </summary>
    public static ExpressionSyntax Create(string value, LiteralStyle style, SyntaxNode original)
    {
        var text = style switch
        {
            LiteralStyle.Verbatim => "@\"" + value.Replace("\"", "\"\"") + "\"",
            LiteralStyle.Raw => Raw(value, original),
            _ => Regular(value),
        };

        return SyntaxFactory.ParseExpression(text).WithTriviaFrom(original);
    }

    private static string Regular(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\0': text.Append("\\0"); break;
                case '\a': text.Append("\\a"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\v': text.Append("\\v"); break;
                default:
                    if (char.IsControl(character) || character is '\u2028' or '\u2029' or '\u0085')
                    {
                        text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(character);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static string Raw(string value, SyntaxNode original)
    {
        var quotes = new string('"', Math.Max(3, LongestQuoteRun(value) + 1));
        var multiLine = value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0
            || value.StartsWith("\"", StringComparison.Ordinal) || value.EndsWith("\"", StringComparison.Ordinal)
            || original.ToString().IndexOf('\n') >= 0;
        if (!multiLine)
        {
            return quotes + value + quotes;
        }

        var newLine = original.ToString().Contains("\r\n") ? "\r\n" : "\n";
        var indentation = ClosingLineIndentation(original);
        var text = new StringBuilder();
        text.Append(quotes).Append(newLine);
        foreach (var line in value.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(indentation).Append(line);
            }

            text.Append(newLine);
        }

        return text.Append(indentation).Append(quotes).ToString();
    }

    private static int LongestQuoteRun(string value)
    {
        int longest = 0, current = 0;
        foreach (var character in value)
        {
            current = character == '"' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    /// <summary>Returns the whitespace that starts the line on which <paramref name="node"/> ends.</summary>
    private static string ClosingLineIndentation(SyntaxNode node)
    {
        var text = node.SyntaxTree.GetText();
        var line = text.Lines.GetLineFromPosition(node.Span.End).ToString();
        var length = 0;
        while (length < line.Length && char.IsWhiteSpace(line[length]))
        {
            length++;
        }

        return line.Substring(0, length);
    }
}
