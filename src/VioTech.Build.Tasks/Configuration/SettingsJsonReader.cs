using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Reads an <c>appsettings*.json</c> file the way the .NET JSON configuration provider
/// (<c>JsonConfigurationFileParser</c>) reads it, reporting what would make the provider throw:
/// syntax errors (VIO4001, with comments and trailing commas accepted and the root required to be
/// an object) and keys set twice after flattening, compared without case (VIO4003).
/// </summary>
internal static class SettingsJsonReader
{
    /// <summary>Nesting depth accepted before the file is reported; the configuration provider uses System.Text.Json's default of 64.</summary>
    public const int MaxDepth = 64;

    public static SettingsDocument? Read(string path, string? environment, byte[] content, List<Finding> findings)
    {
        var offset = TextFiles.HasUtf8Bom(content) ? 3 : 0;
        var positions = new JsonPositions(content, offset);
        if (TextFiles.IsBlank(content, offset))
        {
            findings.Add(SyntaxError(path, 1, 1, TaskText.Reference("VIO4001_EmptyFile")));
            return null;
        }

        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        };
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(content, offset, content.Length - offset), options);
        var entries = new List<SettingEntry>();
        var duplicates = new List<Finding>();
        try
        {
            if (!reader.Read())
            {
                findings.Add(SyntaxError(path, 1, 1, TaskText.Reference("VIO4001_EmptyFile")));
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, column) = positions.FromOffset(offset + reader.TokenStartIndex);
                findings.Add(SyntaxError(path, line, column, TaskText.Reference("VIO4001_RootNotObject", reader.TokenType.ToString())));
                return null;
            }

            Flatten(ref reader, path, offset, positions, entries, duplicates);
        }
        catch (JsonException exception)
        {
            var (line, column) = positions.FromLineAndBytePosition(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            findings.Add(SyntaxError(path, line, column, Describe(exception)));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // GetString throws this for a string that is not valid UTF-8; the provider fails on it too.
            var (line, column) = positions.FromOffset(offset + reader.TokenStartIndex);
            findings.Add(SyntaxError(path, line, column, exception.Message.TrimEnd('.')));
            return null;
        }

        findings.AddRange(duplicates);
        return new SettingsDocument(path, environment, entries);
    }

    private static Finding SyntaxError(string path, int line, int column, string detail) =>
        new(RuleIds.InvalidConfigurationSyntax, path, line, column, new[] { "JSON", detail });

    /// <summary>
    /// Walks the document after its opening brace. Like the provider, a scalar whose flattened key
    /// was already set is a duplicate, while an empty object or array only sets its key to null
    /// without any check, so objects with the same name merge silently.
    /// </summary>
    private static void Flatten(ref Utf8JsonReader reader, string path, int offset, JsonPositions positions, List<SettingEntry> entries, List<Finding> duplicates)
    {
        var seen = new Dictionary<string, SettingEntry>(StringComparer.OrdinalIgnoreCase);
        var frames = new Stack<Frame>();
        frames.Push(new Frame(string.Empty, isArray: false));
        string? propertyName = null;
        (int Line, int Column) namePosition = (0, 0);

        while (reader.Read())
        {
            var frame = frames.Peek();
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    propertyName = reader.GetString();
                    namePosition = positions.FromOffset(offset + reader.TokenStartIndex);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    if (frame.IsEmpty && frames.Count > 0)
                    {
                        var (line, column) = frame.Position;
                        var entry = new SettingEntry(frame.Key, null, false, line, column, line, column);
                        seen[frame.Key] = entry;
                        entries.Add(entry);
                    }

                    continue;
            }

            // A value: an element of an array or the value of the pending property.
            frame.IsEmpty = false;
            string key;
            (int Line, int Column) keyPosition;
            var valuePosition = positions.FromOffset(offset + reader.TokenStartIndex);
            if (frame.IsArray)
            {
                key = Combine(frame.Key, frame.NextIndex.ToString(CultureInfo.InvariantCulture));
                frame.NextIndex++;
                keyPosition = valuePosition;
            }
            else
            {
                key = Combine(frame.Key, propertyName ?? string.Empty);
                keyPosition = namePosition;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push(new Frame(key, reader.TokenType == JsonTokenType.StartArray) { Position = keyPosition });
                continue;
            }

            var value = ScalarText(ref reader);
            var leaf = new SettingEntry(key, value, reader.TokenType == JsonTokenType.String, keyPosition.Line, keyPosition.Column, valuePosition.Line, valuePosition.Column);
            if (seen.TryGetValue(key, out var first))
            {
                duplicates.Add(new Finding(
                    RuleIds.DuplicateSettingsKey, path, keyPosition.Line, keyPosition.Column,
                    new[] { key, first.Line.ToString(CultureInfo.InvariantCulture) }));
            }
            else
            {
                seen.Add(key, leaf);
            }

            entries.Add(leaf);
        }
    }

    private static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.True => "True",
        JsonTokenType.False => "False",
        _ => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
    };

    private static string Combine(string parent, string child) => parent.Length == 0 ? child : parent + ":" + child;

    /// <summary>Returns the reader's explanation without the position suffix, which the finding carries already.</summary>
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (suffix > 0 ? message.Substring(0, suffix) : message).Trim().TrimEnd('.');
    }

    private sealed class Frame
    {
        public Frame(string key, bool isArray)
        {
            Key = key;
            IsArray = isArray;
        }

        public string Key { get; }

        public bool IsArray { get; }

        public bool IsEmpty { get; set; } = true;

        public int NextIndex { get; set; }

        public (int Line, int Column) Position { get; set; }
    }
}
