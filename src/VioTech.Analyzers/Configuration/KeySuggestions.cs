using System;
using System.Collections.Generic;

namespace VioTech.Analyzers.Configuration;

/// <summary>Finds the declared name or key closest to a misspelt one, for the message and the code fix.</summary>
internal static class KeySuggestions
{
    /// <summary>
    /// Returns the candidate at the smallest edit distance (insertions, deletions, substitutions and
    /// swaps of neighbours, compared without case), or null when none is close: at most 1 edit for
    /// names up to 6 characters, 2 up to 15, and 3 beyond. Ties go to the first candidate in order.
    /// </summary>
    public static string? Closest(string misspelt, IEnumerable<string> candidates)
    {
        var limit = misspelt.Length <= 6 ? 1 : misspelt.Length <= 15 ? 2 : 3;
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - misspelt.Length) >= bestDistance
                || string.Equals(candidate, misspelt, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var distance = Distance(misspelt, candidate, bestDistance);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance, without case; stops early once every path exceeds <paramref name="cutoff"/>.</summary>
    internal static int Distance(string a, string b, int cutoff)
    {
        var previousPrevious = new int[b.Length + 1];
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
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1
                    && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2])
                    && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum >= cutoff)
            {
                return cutoff;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }
}
