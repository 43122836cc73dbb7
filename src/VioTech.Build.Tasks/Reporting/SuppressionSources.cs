using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>
/// Finds where a suppression comes from, for the report: the <c>#pragma warning disable</c> that
/// covers a finding (and the justification comment on its line), and the severity overrides that
/// turn VioTech rules off in <c>.editorconfig</c> and global analyzer config files.
/// </summary>
/// <remarks>
/// The justification convention: a comment on the pragma's own line,
/// <c>#pragma warning disable VIO1001 // Justification: public read-only endpoint</c>, and for
/// configuration keys a comment line directly above the key, <c># Justification: …</c>.
/// The <c>Justification:</c> (or <c>Justificación:</c>) prefix is optional.
/// </remarks>
internal static class SuppressionSources
{
    private static readonly Regex PragmaLine = new(
        @"^\s*#\s*pragma\s+warning\s+(?<action>disable|restore)\b(?<ids>[^/]*)(?://(?<comment>.*))?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex SeverityKey = new(
        @"^\s*(?<key>dotnet_diagnostic\.(?<id>VIO[0-9]{4})\.severity|dotnet_analyzer_diagnostic\.category-(?<category>VioTech\.[A-Za-z]+)\.severity)\s*=\s*(?<value>none|silent)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex JustificationPrefix = new(
        @"^\s*(?:Justification|Justificación)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Returns whether a <c>#pragma warning disable</c> in <paramref name="lines"/> covers
    /// <paramref name="ruleId"/> at the one-based <paramref name="line"/>, and the justification
    /// comment on that pragma's line (null when it has none).
    /// </summary>
    public static bool TryFindPragma(IReadOnlyList<string> lines, string ruleId, int line, out string? justification)
    {
        justification = null;
        var covered = false;
        for (var index = 0; index < Math.Min(line - 1, lines.Count); index++)
        {
            var match = PragmaLine.Match(lines[index]);
            if (!match.Success)
            {
                continue;
            }

            var ids = match.Groups["ids"].Value
                .Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.Trim())
                .ToList();
            if (ids.Count > 0 && !ids.Contains(ruleId, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (match.Groups["action"].Value == "disable")
            {
                covered = true;
                justification = CleanJustification(match.Groups["comment"].Value);
            }
            else
            {
                covered = false;
                justification = null;
            }
        }

        return covered;
    }

    /// <summary>Reads the keys of one configuration file that turn a VioTech rule or category off.</summary>
    public static IEnumerable<ReportFinding> ReadConfigurationOverrides(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var index = 0; index < lines.Length; index++)
        {
            var match = SeverityKey.Match(lines[index]);
            if (!match.Success)
            {
                continue;
            }

            var rule = match.Groups["id"].Success ? match.Groups["id"].Value.ToUpperInvariant() : match.Groups["category"].Value;
            var message = match.Groups["key"].Value + " = " + match.Groups["value"].Value.ToLowerInvariant();
            yield return new ReportFinding(rule, "none", message, path, index + 1, 1, "configuration", "external", CommentAbove(lines, index))
            {
                SuppressionKind = SuppressionKinds.Configuration,
            };
        }
    }

    private static string? CommentAbove(string[] lines, int index)
    {
        var comment = new List<string>();
        for (var above = index - 1; above >= 0; above--)
        {
            var text = lines[above].Trim();
            if (text.Length == 0 || (text[0] != '#' && text[0] != ';'))
            {
                break;
            }

            comment.Insert(0, text.TrimStart('#', ';').Trim());
        }

        return CleanJustification(string.Join(" ", comment));
    }

    private static string? CleanJustification(string comment)
    {
        var text = JustificationPrefix.Replace(comment.Trim(), string.Empty).Trim();
        return text.Length == 0 ? null : text;
    }
}
