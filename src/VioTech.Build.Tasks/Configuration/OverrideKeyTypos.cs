using System;
using System.Collections.Generic;
using System.Linq;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Text;
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

            var closest = EditDistance.Closest(entry.Key, baseKeys.Where(key => !HasNumericSegment(key)), MaxDistance(entry.Key));
            if (closest is not null)
            {
                findings.Add(new Finding(RuleIds.UnknownOverrideKey, environmentDocument.Path, entry.Line, entry.Column, new[] { entry.Key, closest }));
            }
        }
    }

    /// <summary>Edits accepted for a typo: one for short keys, up to three for long ones.</summary>
    private static int MaxDistance(string key) => Math.Max(1, Math.Min(3, key.Length / 6));

    private static bool HasNumericSegment(string key) =>
        key.Split(':').Any(segment => segment.Length > 0 && segment.All(char.IsDigit));
}
