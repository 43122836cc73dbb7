using System;
using System.Collections.Generic;

namespace VioTech.Analyzers.Core.Text;

/// <summary>Edit distance between names, for "did you mean" suggestions in the tasks and the analyzers.</summary>
public static class EditDistance
{
    /// <summary>
    /// Returns the optimal string alignment distance: an insertion, a deletion, a substitution or a
    /// swap of two adjacent characters counts as one edit, so <c>Dns</c> is one edit from <c>Dsn</c>.
    /// Characters are compared without case. Returns <paramref name="limit"/> as soon as every
    /// alignment reaches it, so callers that only want close names pay little for distant ones.
    /// </summary>
    public static int Compute(string a, string b, int limit = int.MaxValue)
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
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
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

    /// <summary>
    /// Returns the candidate closest to <paramref name="name"/>, or null when none is within
    /// <paramref name="maxDistance"/> edits. A candidate equal to the name without case is skipped,
    /// and ties go to the first candidate in order.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates, int maxDistance)
    {
        string? closest = null;
        var bestDistance = maxDistance + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) >= bestDistance
                || string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var distance = Compute(name, candidate, bestDistance);
            if (distance < bestDistance)
            {
                closest = candidate;
                bestDistance = distance;
            }
        }

        return closest;
    }

    private static bool Same(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
