using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace VioTech.Analyzers.EditorTests.Lsp;

/// <summary>A zero-based LSP position; the character is a UTF-16 offset in the line, as C# strings count.</summary>
internal readonly record struct LspPosition(int Line, int Character)
{
    public static LspPosition From(JsonNode node) => new(node["line"]!.GetValue<int>(), node["character"]!.GetValue<int>());

    public JsonObject ToJson() => new() { ["line"] = Line, ["character"] = Character };

    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

/// <summary>A zero-based LSP range.</summary>
internal readonly record struct LspRange(LspPosition Start, LspPosition End)
{
    public static LspRange From(JsonNode node) => new(LspPosition.From(node["start"]!), LspPosition.From(node["end"]!));

    public JsonObject ToJson() => new() { ["start"] = Start.ToJson(), ["end"] = End.ToJson() };

    /// <summary>Shows the range as one-based line:column, as editors show it.</summary>
    public override string ToString() => $"({Start})-({End})";
}

/// <summary>One diagnostic as the server sent it.</summary>
internal sealed record LspDiagnostic(string Code, LspRange Range, string Message, int Severity, JsonNode Json)
{
    public static LspDiagnostic From(JsonNode node)
    {
        var code = node["code"] switch
        {
            null => string.Empty,
            var value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => value.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture),
            var value => value.GetValue<string>(),
        };
        var severity = node["severity"]?.GetValue<int>() ?? 0;
        return new LspDiagnostic(code, LspRange.From(node["range"]!), node["message"]?.GetValue<string>() ?? string.Empty, severity, node.DeepClone());
    }

    /// <summary>Shows id and range only: a message can quote source text, and the test sources hold fake secrets.</summary>
    public override string ToString() => $"{Code} at {Range}";
}

/// <summary>Offsets, ranges and text edits over a document whose lines end with '\n'.</summary>
internal static class LspText
{
    public static int Offset(string text, LspPosition position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var end = text.IndexOf('\n', offset);
            if (end < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(position), $"Line {position.Line + 1} is past the end of the document.");
            }

            offset = end + 1;
        }

        return offset + position.Character;
    }

    public static LspPosition PositionAt(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LspPosition(line, offset - lineStart);
    }

    /// <summary>Returns the range of the first occurrence of <paramref name="fragment"/> on the zero-based <paramref name="line"/>.</summary>
    public static LspRange Find(string text, int line, string fragment)
    {
        var lineText = Line(text, line);
        var column = lineText.IndexOf(fragment, StringComparison.Ordinal);
        if (column < 0)
        {
            throw new ArgumentException($"'{fragment}' is not on line {line + 1}: {lineText}", nameof(fragment));
        }

        return new LspRange(new LspPosition(line, column), new LspPosition(line, column + fragment.Length));
    }

    public static string Line(string text, int line) => text.Split('\n')[line];

    public static string Slice(string text, LspRange range) =>
        text.Substring(Offset(text, range.Start), Offset(text, range.End) - Offset(text, range.Start));

    public static bool Intersects(LspRange a, LspRange b) => Compare(a.Start, b.End) < 0 && Compare(b.Start, a.End) < 0;

    public static bool Contains(LspRange outer, LspRange inner) => Compare(outer.Start, inner.Start) <= 0 && Compare(inner.End, outer.End) <= 0;

    public static int Compare(LspPosition a, LspPosition b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

    /// <summary>Applies LSP text edits, which all refer to the original text, from the last to the first.</summary>
    public static string Apply(string text, IEnumerable<(LspRange Range, string NewText)> edits)
    {
        var ordered = edits
            .Select(edit => (Start: Offset(text, edit.Range.Start), End: Offset(text, edit.Range.End), edit.NewText))
            .OrderByDescending(edit => edit.Start)
            .ThenByDescending(edit => edit.End)
            .ToList();
        foreach (var edit in ordered)
        {
            text = text.Substring(0, edit.Start) + edit.NewText + text.Substring(edit.End);
        }

        return text;
    }

    /// <summary>Returns the text edits of a WorkspaceEdit, by document uri, from <c>documentChanges</c> or <c>changes</c>.</summary>
    public static Dictionary<string, List<(LspRange Range, string NewText)>> EditsOf(JsonNode workspaceEdit)
    {
        var result = new Dictionary<string, List<(LspRange, string)>>(StringComparer.Ordinal);
        if (workspaceEdit["documentChanges"] is JsonArray documentChanges)
        {
            foreach (var change in documentChanges)
            {
                if (change?["textDocument"] is not { } document)
                {
                    throw new NotSupportedException("The workspace edit creates, renames or deletes a file: " + change?.ToJsonString());
                }

                Add(document["uri"]!.GetValue<string>(), change["edits"]!.AsArray());
            }
        }
        else if (workspaceEdit["changes"] is JsonObject changes)
        {
            foreach (var pair in changes)
            {
                Add(pair.Key, pair.Value!.AsArray());
            }
        }

        return result;

        void Add(string uri, JsonArray edits)
        {
            if (!result.TryGetValue(uri, out var list))
            {
                list = new List<(LspRange, string)>();
                result[uri] = list;
            }

            foreach (var edit in edits)
            {
                list.Add((LspRange.From(edit!["range"]!), edit["newText"]!.GetValue<string>()));
            }
        }
    }
}
