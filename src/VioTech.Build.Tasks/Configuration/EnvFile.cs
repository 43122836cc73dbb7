using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// A <c>.env</c> file: <c>KEY=value</c> lines, <c>#</c> comments, an optional <c>export</c> prefix,
/// single- or double-quoted values (double quotes may span lines and take backslash escapes).
/// A line that is not an assignment at all is a syntax error (VIO4001); everything that parses
/// but that tools read differently (spaces around <c>=</c>, unquoted spaces, bad names,
/// duplicates, an unterminated quote) is VIO4104.
/// </summary>
internal sealed class EnvFile
{
    private EnvFile(string path, string? environment, bool isTemplate, List<EnvEntry> entries)
    {
        Path = path;
        Environment = environment;
        IsTemplate = isTemplate;
        Entries = entries;
    }

    public string Path { get; }

    /// <summary>The environment whose values the file holds; null for a template such as <c>.env.example</c>.</summary>
    public string? Environment { get; }

    /// <summary>Whether the file documents variables (<c>.env.example</c>, <c>.env.sample</c>, <c>.env.template</c>) rather than setting them.</summary>
    public bool IsTemplate { get; }

    public IReadOnlyList<EnvEntry> Entries { get; }

    /// <summary>Whether the file is (or would be) committed to source control; set by the caller.</summary>
    public bool Committed { get; set; } = true;

    /// <summary>Returns the environment a file name implies: <c>.env</c> and <c>.env.local</c> are Development, <c>.env.production</c> is Production; null for templates.</summary>
    public static string? EnvironmentFromFileName(string path, out bool isTemplate)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        isTemplate = name is ".env.example" or ".env.sample" or ".env.template" or ".env.dist";
        if (isTemplate)
        {
            return null;
        }

        if (name is ".env" or ".env.local")
        {
            return "Development";
        }

        if (name.StartsWith(".env.", StringComparison.Ordinal))
        {
            var suffix = name.Substring(".env.".Length);
            return suffix.Length == 0 ? null : char.ToUpperInvariant(suffix[0]) + suffix.Substring(1);
        }

        return null;
    }

    public static EnvFile Parse(string path, string? environment, bool isTemplate, byte[] content, List<Finding> findings)
    {
        var offset = TextFiles.HasUtf8Bom(content) ? 3 : 0;
        var text = Encoding.UTF8.GetString(content, offset, content.Length - offset).Replace("\r\n", "\n");
        var lines = text.Split('\n');
        var entries = new List<EnvEntry>();
        var seen = new Dictionary<string, EnvEntry>(StringComparer.OrdinalIgnoreCase);

        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].TrimEnd('\r');
            var start = SkipSpaces(line, 0);
            if (start == line.Length || line[start] == '#')
            {
                continue;
            }

            if (string.CompareOrdinal(line, start, "export ", 0, 7) == 0)
            {
                start = SkipSpaces(line, start + 7);
            }

            var equals = line.IndexOf('=', start);
            if (equals < 0)
            {
                findings.Add(new Finding(RuleIds.InvalidConfigurationSyntax, path, lineNumber, start + 1, new[] { ".env", TaskText.Reference("VIO4001_EnvNotAssignment") }));
                continue;
            }

            var rawKey = line.Substring(start, equals - start);
            var key = rawKey.TrimEnd(' ', '\t');
            var keyColumn = start + 1;
            if (key.Length == 0)
            {
                findings.Add(new Finding(RuleIds.InvalidConfigurationSyntax, path, lineNumber, equals + 1, new[] { ".env", TaskText.Reference("VIO4001_EnvMissingName") }));
                continue;
            }

            var valueStart = equals + 1;
            if (key.Length != rawKey.Length || (valueStart < line.Length && line[valueStart] is ' ' or '\t'))
            {
                findings.Add(Problem(path, lineNumber, equals + 1, "VIO4104_SpacesAroundEquals", key));
                valueStart = SkipSpaces(line, valueStart);
            }

            if (!IsValidName(key))
            {
                findings.Add(Problem(path, lineNumber, keyColumn, "VIO4104_InvalidName", key));
            }

            string value;
            var quoted = false;
            if (valueStart < line.Length && line[valueStart] is '"' or '\'')
            {
                quoted = true;
                var quote = line[valueStart];
                if (!TryReadQuoted(lines, ref index, valueStart, quote, out value))
                {
                    findings.Add(Problem(path, lineNumber, valueStart + 1, "VIO4104_UnterminatedQuote", key));
                    continue;
                }
            }
            else
            {
                value = StripComment(line.Substring(valueStart)).TrimEnd(' ', '\t');
                if (value.IndexOf(' ') >= 0 || value.IndexOf('\t') >= 0)
                {
                    findings.Add(Problem(path, lineNumber, valueStart + 1, "VIO4104_UnquotedSpaces", key));
                }
            }

            var entry = new EnvEntry(key, value, quoted, lineNumber, keyColumn, lineNumber, valueStart + 1);
            if (seen.TryGetValue(key, out var first))
            {
                findings.Add(Problem(path, lineNumber, keyColumn, "VIO4104_DuplicateKey", key, first.Line.ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                seen.Add(key, entry);
            }

            entries.Add(entry);
        }

        return new EnvFile(path, environment, isTemplate, entries);
    }

    /// <summary>Returns whether a name is a portable environment variable name (letters, digits, underscores, not starting with a digit).</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var character in name)
        {
            if (!(character is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static Finding Problem(string path, int line, int column, string resource, params string[] args) =>
        new(RuleIds.EnvFileProblem, path, line, column, new[] { TaskText.Reference(resource, args) });

    private static int SkipSpaces(string line, int index)
    {
        while (index < line.Length && line[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    /// <summary>Cuts an inline comment: a <c>#</c> after whitespace starts one in an unquoted value.</summary>
    private static string StripComment(string value)
    {
        for (var index = 0; index < value.Length; index++)
        {
            if (value[index] == '#' && (index == 0 || value[index - 1] is ' ' or '\t'))
            {
                return value.Substring(0, index);
            }
        }

        return value;
    }

    private static bool TryReadQuoted(string[] lines, ref int lineIndex, int start, char quote, out string value)
    {
        var text = new StringBuilder();
        var line = lines[lineIndex];
        var position = start + 1;
        var current = lineIndex;
        while (true)
        {
            while (position < line.Length)
            {
                var character = line[position];
                if (character == quote)
                {
                    value = text.ToString();
                    lineIndex = current;
                    return true;
                }

                if (quote == '"' && character == '\\' && position + 1 < line.Length)
                {
                    position++;
                    text.Append(line[position] switch { 'n' => '\n', 't' => '\t', var other => other });
                }
                else
                {
                    text.Append(character);
                }

                position++;
            }

            // Only double-quoted values continue on the next line.
            if (quote != '"' || current + 1 >= lines.Length)
            {
                value = string.Empty;
                return false;
            }

            current++;
            line = lines[current];
            position = 0;
            text.Append('\n');
        }
    }
}

/// <summary>One assignment of a <c>.env</c> file.</summary>
internal sealed class EnvEntry
{
    public EnvEntry(string key, string value, bool quoted, int line, int column, int valueLine, int valueColumn)
    {
        Key = key;
        Value = value;
        Quoted = quoted;
        Line = line;
        Column = column;
        ValueLine = valueLine;
        ValueColumn = valueColumn;
    }

    public string Key { get; }

    public string Value { get; }

    public bool Quoted { get; }

    public int Line { get; }

    public int Column { get; }

    public int ValueLine { get; }

    public int ValueColumn { get; }
}
