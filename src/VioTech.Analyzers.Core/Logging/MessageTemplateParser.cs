using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace VioTech.Analyzers.Core.Logging;

/// <summary>
/// Single-pass parser behind <see cref="MessageTemplate.Parse"/>. A hole is recorded whenever it has
/// a name, even an invalid one, so that argument counts agree with Microsoft.Extensions.Logging,
/// which formats any name; the error is reported beside it.
/// </summary>
internal static class MessageTemplateParser
{
    public static MessageTemplate Parse(string text)
    {
        var tokens = new List<TemplateToken>();
        var holes = new List<TemplateHole>();
        var errors = new List<TemplateError>();
        var literal = new StringBuilder();
        var literalStart = 0;
        var index = 0;

        void FlushText(int end)
        {
            if (end > literalStart)
            {
                tokens.Add(new TemplateToken(TemplateTokenKind.Text, literalStart, end - literalStart, literal.ToString(), null));
            }

            literal.Clear();
        }

        while (index < text.Length)
        {
            var character = text[index];
            if (character == '{' && index + 1 < text.Length && text[index + 1] == '{')
            {
                literal.Append('{');
                index += 2;
                continue;
            }

            if (character == '}')
            {
                if (index + 1 < text.Length && text[index + 1] == '}')
                {
                    literal.Append('}');
                    index += 2;
                    continue;
                }

                errors.Add(new TemplateError(TemplateErrorKind.UnmatchedClosingBrace, index, 1));
                literal.Append('}');
                index++;
                continue;
            }

            if (character != '{')
            {
                literal.Append(character);
                index++;
                continue;
            }

            var close = FindClose(text, index + 1);
            if (close < 0)
            {
                // No closing brace before the next opening one or the end: keep the rest as text.
                var next = text.IndexOf('{', index + 1);
                var end = next < 0 ? text.Length : next;
                errors.Add(new TemplateError(TemplateErrorKind.UnclosedHole, index, end - index));
                literal.Append(text, index, end - index);
                index = end;
                continue;
            }

            FlushText(index);
            var hole = ParseHole(text, index, close, errors);
            if (hole is null)
            {
                literal.Append(text, index, close - index + 1);
                literalStart = index;
                index = close + 1;
                continue;
            }

            holes.Add(hole);
            tokens.Add(new TemplateToken(TemplateTokenKind.Hole, index, close - index + 1, text.Substring(index, close - index + 1), hole));
            index = close + 1;
            literalStart = index;
        }

        FlushText(text.Length);
        return new MessageTemplate(text, tokens, holes, errors);
    }

    /// <summary>Returns the index of the brace closing a hole opened before <paramref name="start"/>, or -1.</summary>
    private static int FindClose(string text, int start)
    {
        for (var index = start; index < text.Length; index++)
        {
            switch (text[index])
            {
                case '}':
                    return index;
                case '{':
                    return -1;
            }
        }

        return -1;
    }

    private static TemplateHole? ParseHole(string text, int open, int close, List<TemplateError> errors)
    {
        var position = open + 1;
        var @operator = HoleOperator.None;
        if (position < close && (text[position] == '@' || text[position] == '$'))
        {
            @operator = text[position] == '@' ? HoleOperator.Destructure : HoleOperator.Stringify;
            position++;
        }

        var nameStart = position;
        while (position < close && text[position] != ',' && text[position] != ':')
        {
            position++;
        }

        var name = text.Substring(nameStart, position - nameStart);
        int? alignment = null;
        string? format = null;

        if (position < close && text[position] == ',')
        {
            var alignmentStart = position + 1;
            position = alignmentStart;
            while (position < close && text[position] != ':')
            {
                position++;
            }

            var alignmentText = text.Substring(alignmentStart, position - alignmentStart).Trim();
            if (int.TryParse(alignmentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                alignment = parsed;
            }
            else
            {
                errors.Add(new TemplateError(TemplateErrorKind.InvalidAlignment, alignmentStart, System.Math.Max(1, position - alignmentStart)));
            }
        }

        if (position < close && text[position] == ':')
        {
            format = text.Substring(position + 1, close - position - 1);
        }

        if (name.Trim().Length == 0)
        {
            errors.Add(new TemplateError(TemplateErrorKind.EmptyName, open, close - open + 1));
            return null;
        }

        for (var offset = 0; offset < name.Length; offset++)
        {
            var character = name[offset];
            if (!char.IsLetterOrDigit(character) && character != '_')
            {
                errors.Add(new TemplateError(TemplateErrorKind.InvalidName, nameStart + offset, 1));
                break;
            }
        }

        return new TemplateHole(open, close - open + 1, name, nameStart, @operator, alignment, format);
    }
}
