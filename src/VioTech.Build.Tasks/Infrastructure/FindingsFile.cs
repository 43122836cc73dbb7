using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Reads and writes the findings cache in <c>obj/</c>: one finding a line, tab-separated, with
/// backslash escapes. Validation writes it only when its inputs change; reporting replays it on
/// every build, so an up-to-date build still reports (and fails on) the same findings.
/// </summary>
internal static class FindingsFile
{
    private const string Header = "# VioTech findings, format 1";

    public static void Write(string path, IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var finding in findings)
        {
            text.Append(Escape(finding.RuleId)).Append('\t')
                .Append(Escape(finding.File)).Append('\t')
                .Append(finding.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(finding.Column.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(finding.EndLine.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(finding.EndColumn.ToString(CultureInfo.InvariantCulture));
            foreach (var argument in finding.Arguments)
            {
                text.Append('\t').Append(Escape(argument));
            }

            text.Append('\n');
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Write then move, so that a cancelled build never leaves a half-written cache behind.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temporary, path);
    }

    /// <summary>Reads a findings file; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static IReadOnlyList<Finding> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InvalidDataException($"{path} is not a VioTech findings file (expected the header '{Header}').");
        }

        var findings = new List<Finding>();
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Length == 0)
            {
                continue;
            }

            var cells = lines[index].Split('\t');
            if (cells.Length < 6)
            {
                throw new InvalidDataException($"{path}({index + 1}): expected at least 6 tab-separated fields, found {cells.Length}.");
            }

            var arguments = new string[cells.Length - 6];
            for (var argument = 0; argument < arguments.Length; argument++)
            {
                arguments[argument] = Unescape(cells[argument + 6]);
            }

            findings.Add(new Finding(
                Unescape(cells[0]),
                Unescape(cells[1]),
                ParseNumber(cells[2], path, index),
                ParseNumber(cells[3], path, index),
                arguments,
                ParseNumber(cells[4], path, index),
                ParseNumber(cells[5], path, index)));
        }

        return findings;
    }

    private static int ParseNumber(string cell, string path, int index) =>
        int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}({index + 1}): '{cell}' is not a line or column number.");

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            switch (character)
            {
                case '\\': text.Append("\\\\"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default: text.Append(character); break;
            }
        }

        return text.ToString();
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var index = 0; index < value.Length; index++)
        {
            if (value[index] != '\\' || index + 1 == value.Length)
            {
                text.Append(value[index]);
                continue;
            }

            index++;
            text.Append(value[index] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => value[index],
            });
        }

        return text.ToString();
    }
}
