using System;
using System.Collections.Generic;
using System.IO;
using VioTech.Analyzers.Core;

namespace VioTech.Build.Tasks.Baseline;

/// <summary>
/// Matches findings against the baseline suppression file in <c>obj/</c>, the same way the
/// baseline suppressor matches analyzer findings: rule id, project-relative file, line hash.
/// </summary>
internal sealed class BaselineMatcher
{
    private readonly string root;
    private readonly HashSet<string> keys;
    private readonly SourceLines lines = new();

    private BaselineMatcher(string root, HashSet<string> keys)
    {
        this.root = root;
        this.keys = keys;
    }

    public static BaselineMatcher Empty { get; } = new(string.Empty, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Loads a suppression file; a missing, empty or unreadable path gives the empty matcher.</summary>
    public static BaselineMatcher Load(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return Empty;
        }

        return BaselineFingerprint.TryParseSuppressionFile(File.ReadAllText(path), out var root, out var keys)
            ? new BaselineMatcher(root, keys)
            : throw new InvalidDataException($"{path} is not a VioTech baseline suppression file; delete it and rebuild.");
    }

    public bool IsEmpty => keys.Count == 0;

    /// <summary>Whether the finding of <paramref name="ruleId"/> at the one-based <paramref name="line"/> of <paramref name="file"/> is baselined.</summary>
    public bool Matches(string ruleId, string file, int line) =>
        keys.Count > 0 && keys.Contains(Fingerprint(root, lines, ruleId, file, line));

    /// <summary>Computes the key of a finding; a finding without a line hashes the empty line.</summary>
    public static string Fingerprint(string root, SourceLines lines, string ruleId, string file, int line) =>
        BaselineFingerprint.Key(ruleId, BaselineFingerprint.RelativePath(root, file), BaselineFingerprint.HashLine(lines.Get(file, line)));
}

/// <summary>Reads source lines by file and one-based line number, reading each file once.</summary>
internal sealed class SourceLines
{
    private readonly Dictionary<string, string[]> files = new(StringComparer.Ordinal);

    /// <summary>Returns the line, or an empty string when the file or the line does not exist.</summary>
    public string Get(string file, int line)
    {
        var all = All(file);
        return line >= 1 && line <= all.Length ? all[line - 1] : string.Empty;
    }

    /// <summary>Returns every line of the file; an empty array when it cannot be read.</summary>
    public string[] All(string file)
    {
        if (file.Length == 0)
        {
            return Array.Empty<string>();
        }

        if (!files.TryGetValue(file, out var content))
        {
            try
            {
                content = File.Exists(file) ? File.ReadAllLines(file) : Array.Empty<string>();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                content = Array.Empty<string>();
            }

            files[file] = content;
        }

        return content;
    }
}
