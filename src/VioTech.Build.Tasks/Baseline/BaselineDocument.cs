using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Baseline;

/// <summary>One fingerprint of <c>viotech.baseline.json</c>.</summary>
internal sealed class BaselineEntry
{
    public BaselineEntry(string ruleId, string file, string lineHash, string justification, int line = 0)
    {
        RuleId = ruleId;
        File = file;
        LineHash = lineHash;
        Justification = justification;
        Line = line;
    }

    public string RuleId { get; }

    /// <summary>Project-relative path with forward slashes.</summary>
    public string File { get; }

    public string LineHash { get; }

    public string Justification { get; }

    /// <summary>One-based line of the entry in the baseline file, for messages; 0 when unknown.</summary>
    public int Line { get; }

    public string Key => BaselineFingerprint.Key(RuleId, File, LineHash);
}

/// <summary>
/// Reads and writes <c>viotech.baseline.json</c>: a version and a sorted list of fingerprints, each
/// with a justification that users may edit (an expiry is written <c>until 2027-03-01</c>).
/// </summary>
internal static class BaselineDocument
{
    public const int Version = 1;

    public static IReadOnlyList<BaselineEntry> Read(string path)
    {
        var text = File.ReadAllText(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("entries", out var entries)
                || entries.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path} is not a VioTech baseline (no 'entries' array).");
            }

            var lineStarts = LineStarts(text);
            var result = new List<BaselineEntry>();
            var searchFrom = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var ruleId = String(entry, "ruleId");
                var hash = String(entry, "lineHash");
                if (ruleId.Length == 0 || hash.Length == 0)
                {
                    continue;
                }

                // Locate the entry's line for messages: the next occurrence of its hash in the text.
                var position = text.IndexOf(hash, searchFrom, StringComparison.Ordinal);
                var line = position < 0 ? 0 : LineOf(lineStarts, position);
                searchFrom = position < 0 ? searchFrom : position + hash.Length;
                result.Add(new BaselineEntry(ruleId, String(entry, "file"), hash, String(entry, "justification"), line));
            }

            return result;
        }
    }

    public static void Write(string path, IEnumerable<BaselineEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteString("description", "VioTech.Analyzers baseline: accepted findings by rule, project-relative file and hash of the normalised source line. Regenerate with 'dotnet build -t:VioTechUpdateBaseline'. A justification may end with 'until YYYY-MM-DD'.");
            writer.WriteStartArray("entries");
            foreach (var entry in entries
                .GroupBy(entry => entry.Key, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(entry => entry.File, StringComparer.Ordinal)
                .ThenBy(entry => entry.RuleId, StringComparer.Ordinal)
                .ThenBy(entry => entry.LineHash, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", entry.RuleId);
                writer.WriteString("file", entry.File);
                writer.WriteString("lineHash", entry.LineHash);
                writer.WriteString("justification", entry.Justification);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        AtomicFile.WriteAllText(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n')
            {
                starts.Add(index + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int position)
    {
        var index = starts.BinarySearch(position);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
