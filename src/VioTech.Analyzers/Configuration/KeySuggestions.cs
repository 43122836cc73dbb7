using System;
using System.Collections.Generic;
using VioTech.Analyzers.Core.Text;

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

            var distance = EditDistance.Compute(misspelt, candidate, bestDistance);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
