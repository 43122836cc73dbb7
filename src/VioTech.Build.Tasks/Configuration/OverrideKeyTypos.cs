using System;
using System.Collections.Generic;
using System.Linq;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// VIO4005: a key of an environment's settings file that the base <c>appsettings.json</c> does not
/// have, but that is a few edits away from one it has: most likely a typo, which silently leaves
/// the base value in force. Keys with no close match are new settings and are not reported, and
/// neither are array elements (keys with a numeric segment).
/// </summary>
internal static class OverrideKeyTypos
{
    public static void Check(SettingsDocument baseDocument, SettingsDocument environmentDocument, List<Finding> findings)
    {
        var baseKeys = baseDocument.Entries.Select(entry => entry.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in environmentDocument.Entries)
        {
            if (HasNumericSegment(entry.Key) || baseDocument.ContainsKeyOrSection(entry.Key) || !reported.Add(entry.Key))
            {
                continue;
            }

            var closest = Closest(entry.Key, baseKeys, out var distance);
            if (closest is not null && distance <= MaxDistance(entry.Key))
            {
                findings.Add(new Finding(RuleIds.UnknownOverrideKey, environmentDocument.Path, entry.Line, entry.Column, new[] { entry.Key, closest }));
            }
        }
    }

    /// <summary>Edits accepted for a typo: one for short keys, up to three for long ones.</summary>
    private static int MaxDistance(string key) => Math.Max(1, Math.Min(3, key.Length / 6));

    private static bool HasNumericSegment(string key) =>
        key.Split(':').Any(segment => segment.Length > 0 && segment.All(char.IsDigit));

    private static string? Closest(string key, List<string> candidates, out int best)
    {
        best = int.MaxValue;
        string? closest = null;
        foreach (var candidate in candidates)
        {
            if (HasNumericSegment(candidate))
            {
                continue;
            }

            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant(), best);
            if (distance < best)
            {
                best = distance;
                closest = candidate;
            }
        }

        return closest;
    }

    /// <summary>
    /// Edit distance counting an insertion, a deletion, a substitution or a swap of two adjacent
    /// characters as one edit (optimal string alignment), so <c>Dns</c> is one edit from <c>Dsn</c>.
    /// Returns <paramref name="limit"/> as soon as every alignment exceeds it.
    /// </summary>
    internal static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) >= limit)
        {
            return limit;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }

                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum >= limit)
            {
                return limit;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
