using System;
using System.Text;
using VioTech.Analyzers.Core.Logging;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>Edits the text of a message template.</summary>
internal static class TemplateEditing
{
    private const string TrailingSeparators = " \t:;,-=|";

    /// <summary>
    /// Removes the hole at <paramref name="holeIndex"/> and tidies what it leaves: brackets or quotes
    /// around it, a separator before it at the end of the text (<c>"Failed: {Error}"</c> →
    /// <c>"Failed"</c>), or a doubled space. Returns null for positional templates, whose later
    /// indexes would have to be renumbered.
    /// </summary>
    public static string? RemoveHole(string text, int holeIndex)
    {
        var template = MessageTemplate.Parse(text);
        if (template.Errors.Count > 0 || holeIndex < 0 || holeIndex >= template.Holes.Count || template.IsPositional)
        {
            return null;
        }

        var hole = template.Holes[holeIndex];
        var before = text.Substring(0, hole.Start);
        var after = text.Substring(hole.Start + hole.Length);

        foreach (var (open, close) in new[] { ("(", ")"), ("[", "]"), ("'", "'"), ("\"", "\""), ("<", ">") })
        {
            if (before.EndsWith(open, StringComparison.Ordinal) && after.StartsWith(close, StringComparison.Ordinal))
            {
                before = before.Substring(0, before.Length - open.Length);
                after = after.Substring(close.Length);
                break;
            }
        }

        if (after.Trim().Length == 0)
        {
            return before.TrimEnd(TrailingSeparators.ToCharArray()) + after.Trim();
        }

        if (before.EndsWith(" ", StringComparison.Ordinal) && after.StartsWith(" ", StringComparison.Ordinal))
        {
            after = after.Substring(1);
        }

        if (before.Length == 0)
        {
            after = after.TrimStart(TrailingSeparators.ToCharArray());
        }

        return new StringBuilder(before).Append(after).ToString();
    }
}
