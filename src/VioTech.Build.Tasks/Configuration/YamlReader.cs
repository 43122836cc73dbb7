using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Reads YAML through YamlDotNet's event parser into a small tree with positions. It never uses
/// YamlDotNet's object model, whose recursive loader overflows the stack on deeply nested input
/// (a stack overflow cannot be caught), and it stops at <see cref="MaxDepth"/> levels with a
/// VIO4001 finding. Aliases are kept as <see cref="YamlAlias"/> nodes and never expanded.
/// </summary>
internal static class YamlReader
{
    /// <summary>Nesting depth accepted; deployment files use fewer than ten levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Returns the documents of the stream, or null after adding a VIO4001 finding.</summary>
    public static IReadOnlyList<YamlNode>? Read(string path, byte[] content, List<Finding> findings)
    {
        var offset = TextFiles.HasUtf8Bom(content) ? 3 : 0;
        var text = Encoding.UTF8.GetString(content, offset, content.Length - offset);
        var documents = new List<YamlNode>();
        var open = new Stack<YamlNode>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (open.Count >= MaxDepth)
                        {
                            findings.Add(Error(path, current!.Start, TaskText.Reference("VIO4001_TooDeep", MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                            return null;
                        }

                        YamlNode container = current is MappingStart ? new YamlMapping(current.Start.Line, current.Start.Column) : new YamlSequence(current.Start.Line, current.Start.Column);
                        Add(open, documents, container);
                        open.Push(container);
                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        break;
                    case Scalar scalar:
                        Add(open, documents, new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, scalar.Start.Line, scalar.Start.Column));
                        break;
                    case AnchorAlias alias:
                        Add(open, documents, new YamlAlias(alias.Start.Line, alias.Start.Column));
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            findings.Add(Error(path, exception.Start, Describe(exception)));
            return null;
        }

        return documents;
    }

    private static void Add(Stack<YamlNode> open, List<YamlNode> documents, YamlNode node)
    {
        if (open.Count == 0)
        {
            documents.Add(node);
            return;
        }

        switch (open.Peek())
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                break;
            case YamlMapping mapping:
                mapping.Add(node);
                break;
        }
    }

    private static Finding Error(string path, Mark mark, string detail) =>
        new(RuleIds.InvalidConfigurationSyntax, path, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1), new[] { "YAML", detail });

    /// <summary>Returns YamlDotNet's explanation without the "(Line: 3, Col: 5, Idx: 20) - (…):" prefix, which the finding carries already.</summary>
    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(", StringComparison.Ordinal) && marker > 0 ? message.Substring(marker + 3) : message).Trim().TrimEnd('.');
    }
}

/// <summary>A YAML node with the one-based position where it starts.</summary>
internal abstract class YamlNode
{
    protected YamlNode(long line, long column)
    {
        Line = (int)line;
        Column = (int)column;
    }

    public int Line { get; }

    public int Column { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool plain, long line, long column)
        : base(line, column)
    {
        Value = value;
        Plain = plain;
    }

    public string Value { get; }

    /// <summary>Whether the scalar was unquoted, so that <c>~</c>, <c>null</c> and nothing mean null.</summary>
    public bool Plain { get; }

    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class YamlAlias : YamlNode
{
    public YamlAlias(long line, long column)
        : base(line, column)
    {
    }
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(long line, long column)
        : base(line, column)
    {
    }

    public List<YamlNode> Items { get; } = new();
}

internal sealed class YamlMapping : YamlNode
{
    private YamlNode? pendingKey;

    public YamlMapping(long line, long column)
        : base(line, column)
    {
    }

    /// <summary>Entries in file order; a key that is not a scalar (a complex key) is kept with a null text.</summary>
    public List<(YamlNode Key, YamlNode Value)> Entries { get; } = new();

    public void Add(YamlNode node)
    {
        if (pendingKey is null)
        {
            pendingKey = node;
            return;
        }

        Entries.Add((pendingKey, node));
        pendingKey = null;
    }

    /// <summary>Returns the value of the first entry whose scalar key equals <paramref name="key"/> (case-sensitive, as YAML keys are).</summary>
    public YamlNode? Get(string key)
    {
        foreach (var (entryKey, value) in Entries)
        {
            if (entryKey is YamlScalar scalar && scalar.Value == key)
            {
                return value;
            }
        }

        return null;
    }

    public string? GetText(string key) => Get(key) is YamlScalar { IsNull: false } scalar ? scalar.Value : null;
}
