using System.Collections.Generic;
using VioTech.Analyzers.Core.Text;

namespace VioTech.Analyzers.Configuration;

/// <summary>Finds the declared name or key closest to a misspelt one, for the message and the code fix.</summary>
internal static class KeySuggestions
{
    /// <summary>
    /// Returns the closest candidate (see <see cref="EditDistance.Closest"/>), or null when none is close.
    /// A name of up to 6 characters accepts 1 edit, up to 15 accepts 2, and a longer one accepts 3.
    /// </summary>
    public static string? Closest(string misspelt, IEnumerable<string> candidates)
    {
        var maxDistance = 3;
        if (misspelt.Length <= 6)
        {
            maxDistance = 1;
        }
        else if (misspelt.Length <= 15)
        {
            maxDistance = 2;
        }

        return EditDistance.Closest(misspelt, candidates, maxDistance);
    }
}
