using System;
using System.Collections.Generic;
using System.Text.Json;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Checks that an <c>appsettings*.json</c> file parses the way the .NET JSON configuration
/// provider parses it: comments and trailing commas are accepted, and the root must be an object.
/// </summary>
internal static class SettingsJsonValidator
{
    /// <summary>Nesting depth accepted before the file is reported; the configuration provider uses System.Text.Json's default of 64.</summary>
    public const int MaxDepth = 64;

    public static IReadOnlyList<Finding> Validate(string path, byte[] content)
    {
        var offset = HasUtf8Bom(content) ? 3 : 0;
        var positions = new JsonPositions(content, offset);
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        };

        if (IsBlank(content, offset))
        {
            return new[] { new Finding(RuleIds.InvalidSettingsJson, path, 1, 1, new[] { TaskText.Reference("VIO4001_EmptyFile") }) };
        }

        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(content, offset, content.Length - offset), options);
        try
        {
            if (!reader.Read())
            {
                return new[] { new Finding(RuleIds.InvalidSettingsJson, path, 1, 1, new[] { TaskText.Reference("VIO4001_EmptyFile") }) };
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, column) = positions.FromOffset(offset + reader.TokenStartIndex);
                return new[] { new Finding(RuleIds.InvalidSettingsJson, path, line, column, new[] { TaskText.Reference("VIO4001_RootNotObject", reader.TokenType.ToString()) }) };
            }

            while (reader.Read())
            {
            }
        }
        catch (JsonException exception)
        {
            var (line, column) = positions.FromLineAndBytePosition(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            return new[] { new Finding(RuleIds.InvalidSettingsJson, path, line, column, new[] { Describe(exception) }) };
        }

        return Array.Empty<Finding>();
    }

    private static bool IsBlank(byte[] content, int offset)
    {
        for (var index = offset; index < content.Length; index++)
        {
            if (content[index] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUtf8Bom(byte[] content) =>
        content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF;

    /// <summary>Returns the reader's explanation without the position suffix, which the finding carries already.</summary>
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (suffix > 0 ? message.Substring(0, suffix) : message).Trim().TrimEnd('.');
    }
}
