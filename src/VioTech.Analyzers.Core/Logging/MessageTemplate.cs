using System;
using System.Collections.Generic;

namespace VioTech.Analyzers.Core.Logging;

/// <summary>
/// A parsed message template in the syntax shared by Microsoft.Extensions.Logging, Serilog and NLog:
/// text, <c>{{</c> and <c>}}</c> escapes, and holes such as <c>{@Order}</c>, <c>{Amount,10:N2}</c>
/// or <c>{0}</c>. Parsing never throws; problems are listed in <see cref="Errors"/> and the parser
/// carries on after each one.
/// </summary>
public sealed class MessageTemplate
{
    internal MessageTemplate(string text, IReadOnlyList<TemplateToken> tokens, IReadOnlyList<TemplateHole> holes, IReadOnlyList<TemplateError> errors)
    {
        Text = text;
        Tokens = tokens;
        Holes = holes;
        Errors = errors;
    }

    /// <summary>The template as written, after C# escapes are resolved.</summary>
    public string Text { get; }

    /// <summary>Text and hole tokens in order; together they cover <see cref="Text"/> except where an error skipped characters.</summary>
    public IReadOnlyList<TemplateToken> Tokens { get; }

    /// <summary>The holes in order of appearance, each one counted even when its name repeats.</summary>
    public IReadOnlyList<TemplateHole> Holes { get; }

    /// <summary>Syntax errors in order of position; empty for a well-formed template.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    /// <summary>True when the template has holes and every hole is positional (<c>{0}</c>, <c>{1}</c>).</summary>
    public bool IsPositional
    {
        get
        {
            if (Holes.Count == 0)
            {
                return false;
            }

            foreach (var hole in Holes)
            {
                if (!hole.IsPositional)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Returns how many arguments the template consumes: one per hole, except that an all-positional
    /// template consumes the highest index plus one, as <c>string.Format</c> and Serilog do.
    /// </summary>
    public int ExpectedArgumentCount
    {
        get
        {
            if (!IsPositional)
            {
                return Holes.Count;
            }

            var highest = -1;
            foreach (var hole in Holes)
            {
                highest = Math.Max(highest, hole.Position ?? -1);
            }

            return highest + 1;
        }
    }

    /// <summary>Parses <paramref name="text"/>; a null text parses as the empty template.</summary>
    public static MessageTemplate Parse(string? text) => MessageTemplateParser.Parse(text ?? string.Empty);

    /// <summary>Escapes literal text for use inside a template: each brace is doubled.</summary>
    public static string EscapeText(string text) =>
        text.IndexOfAny(Braces) < 0 ? text : text.Replace("{", "{{").Replace("}", "}}");

    private static readonly char[] Braces = { '{', '}' };
}

/// <summary>Kind of a <see cref="TemplateToken"/>.</summary>
public enum TemplateTokenKind
{
    /// <summary>Literal text, with escaped braces already resolved in <see cref="TemplateToken.Value"/>.</summary>
    Text,

    /// <summary>A hole; <see cref="TemplateToken.Hole"/> describes it.</summary>
    Hole,
}

/// <summary>One run of text or one hole of a template.</summary>
public sealed class TemplateToken
{
    internal TemplateToken(TemplateTokenKind kind, int start, int length, string value, TemplateHole? hole)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Value = value;
        Hole = hole;
    }

    public TemplateTokenKind Kind { get; }

    /// <summary>Offset of the token in the template text.</summary>
    public int Start { get; }

    /// <summary>Length of the token in the template text, escapes and braces included.</summary>
    public int Length { get; }

    /// <summary>The text a reader sees: literal text with escapes resolved, or the hole as written.</summary>
    public string Value { get; }

    /// <summary>The hole, for a hole token; null for text.</summary>
    public TemplateHole? Hole { get; }
}

/// <summary>Capturing operator written before a hole name.</summary>
public enum HoleOperator
{
    /// <summary>No operator: the value is captured as a scalar or with its default conversion.</summary>
    None,

    /// <summary><c>@</c>: the value is destructured into its properties.</summary>
    Destructure,

    /// <summary><c>$</c>: the value is captured as its string representation.</summary>
    Stringify,
}

/// <summary>One hole of a template, such as <c>{@Order}</c> or <c>{Amount,-10:N2}</c>.</summary>
public sealed class TemplateHole
{
    internal TemplateHole(int start, int length, string name, int nameStart, HoleOperator @operator, int? alignment, string? format)
    {
        Start = start;
        Length = length;
        Name = name;
        NameStart = nameStart;
        Operator = @operator;
        Alignment = alignment;
        Format = format;
        Position = IsAllDigits(name) && int.TryParse(name, out var position) ? position : null;
    }

    /// <summary>Offset of the opening brace in the template text.</summary>
    public int Start { get; }

    /// <summary>Length from the opening to the closing brace, both included.</summary>
    public int Length { get; }

    /// <summary>The property name, without operator, alignment or format.</summary>
    public string Name { get; }

    /// <summary>Offset of the first character of <see cref="Name"/> in the template text.</summary>
    public int NameStart { get; }

    public HoleOperator Operator { get; }

    /// <summary>Alignment after the comma (negative for left alignment), or null when absent.</summary>
    public int? Alignment { get; }

    /// <summary>Format after the colon, or null when absent.</summary>
    public string? Format { get; }

    /// <summary>The index of a positional hole such as <c>{0}</c>; null for a named hole.</summary>
    public int? Position { get; }

    /// <summary>True for a hole whose name is a non-negative integer.</summary>
    public bool IsPositional => Position.HasValue;

    private static bool IsAllDigits(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var character in name)
        {
            if (character < '0' || character > '9')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Kind of a template syntax error.</summary>
public enum TemplateErrorKind
{
    /// <summary>A <c>{</c> opens a hole that is never closed.</summary>
    UnclosedHole,

    /// <summary>A <c>}</c> that neither closes a hole nor is doubled.</summary>
    UnmatchedClosingBrace,

    /// <summary>A hole without a name, such as <c>{}</c> or <c>{:N2}</c>.</summary>
    EmptyName,

    /// <summary>A hole name with a character other than a letter, digit or underscore, such as <c>{User Id}</c>.</summary>
    InvalidName,

    /// <summary>An alignment that is not an integer, such as <c>{Amount,wide}</c>.</summary>
    InvalidAlignment,
}

/// <summary>A syntax error at a position of the template text.</summary>
public sealed class TemplateError
{
    internal TemplateError(TemplateErrorKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public TemplateErrorKind Kind { get; }

    /// <summary>Offset in the template text where the faulty part starts.</summary>
    public int Start { get; }

    /// <summary>Length of the faulty part, at least one character.</summary>
    public int Length { get; }

    public override string ToString() => Kind + " at " + Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
