using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>A JSON value with the one-based position where it starts, for files whose findings point inside them.</summary>
internal sealed class JsonTree
{
    private JsonTree(JsonValueKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonValueKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Text of a string, or the raw text of a number.</summary>
    public string? Text { get; private set; }

    public List<JsonProperty> Properties { get; } = new();

    public List<JsonTree> Items { get; } = new();

    /// <summary>Parses a document with comments and trailing commas accepted; returns null after adding a VIO4001 finding.</summary>
    public static JsonTree? Parse(string path, byte[] content, int maxDepth, List<Finding> findings)
    {
        var offset = TextFiles.HasUtf8Bom(content) ? 3 : 0;
        if (TextFiles.IsBlank(content, offset))
        {
            findings.Add(new Finding(RuleIds.InvalidConfigurationSyntax, path, 1, 1, new[] { "JSON", TaskText.Reference("VIO4001_EmptyFile") }));
            return null;
        }

        var positions = new JsonPositions(content, offset);
        var reader = new Utf8JsonReader(
            new ReadOnlySpan<byte>(content, offset, content.Length - offset),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = maxDepth });
        try
        {
            JsonTree? root = null;
            var open = new Stack<JsonTree>();
            string? name = null;
            (int Line, int Column) namePosition = (0, 0);
            while (reader.Read())
            {
                var (line, column) = positions.FromOffset(offset + reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString();
                        namePosition = (line, column);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        open.Pop();
                        continue;
                }

                var node = new JsonTree(KindOf(reader.TokenType), line, column);
                if (reader.TokenType == JsonTokenType.String)
                {
                    node.Text = reader.GetString();
                }
                else if (reader.TokenType == JsonTokenType.Number)
                {
                    node.Text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
                }

                if (open.Count == 0)
                {
                    root = node;
                }
                else if (open.Peek().Kind == JsonValueKind.Array)
                {
                    open.Peek().Items.Add(node);
                }
                else
                {
                    open.Peek().Properties.Add(new JsonProperty(name ?? string.Empty, namePosition.Line, namePosition.Column, node));
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    open.Push(node);
                }
            }

            return root;
        }
        catch (JsonException exception)
        {
            var (line, column) = positions.FromLineAndBytePosition(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var message = exception.Message;
            var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            findings.Add(new Finding(RuleIds.InvalidConfigurationSyntax, path, line, column, new[] { "JSON", (suffix > 0 ? message.Substring(0, suffix) : message).Trim().TrimEnd('.') }));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            var (line, column) = positions.FromOffset(offset + reader.TokenStartIndex);
            findings.Add(new Finding(RuleIds.InvalidConfigurationSyntax, path, line, column, new[] { "JSON", exception.Message.TrimEnd('.') }));
            return null;
        }
    }

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };
}

/// <summary>A property of a <see cref="JsonTree"/> object, with the position of its name.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int line, int column, JsonTree value)
    {
        Name = name;
        Line = line;
        Column = column;
        Value = value;
    }

    public string Name { get; }

    public int Line { get; }

    public int Column { get; }

    public JsonTree Value { get; }
}
