using System;
using System.Linq;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>Recognizes values that stand for a value instead of being one, which the secret rules let pass.</summary>
internal static class Placeholders
{
    private static readonly string[] Words =
    {
        "changeme", "change-me", "change_me", "replace", "placeholder", "your-", "your_", "<", "todo", "example", "dummy", "xxx", "***", "...", "set-in-", "set_in_", "redacted",
    };

    /// <summary>
    /// Returns whether a value is empty, a reference (<c>${VAR}</c>, <c>$VAR</c>, <c>%VAR%</c>, <c>{{ var }}</c>),
    /// one character repeated, or contains a placeholder word such as <c>changeme</c>, <c>your-</c> or <c>&lt;…&gt;</c>.
    /// </summary>
    public static bool IsPlaceholder(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var text = value!.Trim();
        if (text.StartsWith("$", StringComparison.Ordinal)
            || (text.StartsWith("%", StringComparison.Ordinal) && text.EndsWith("%", StringComparison.Ordinal) && text.Length > 2)
            || text.StartsWith("{{", StringComparison.Ordinal))
        {
            return true;
        }

        if (text.All(character => character == text[0]))
        {
            return true;
        }

        var lower = text.ToLowerInvariant();
        return Words.Any(word => lower.IndexOf(word, StringComparison.Ordinal) >= 0);
    }
}
