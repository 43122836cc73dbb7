using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Core;

/// <summary>
/// Fingerprint of one baselined finding: rule id, project-relative file path and a hash of the
/// normalised source line. The hash survives edits elsewhere in the file and moves of the line, and
/// holds no value from the line. Shared by the MSBuild tasks (which write and check the baseline)
/// and the baseline suppressor (which loads inside the compiler), so both compute it the same way.
/// </summary>
public static class BaselineFingerprint
{
    /// <summary>Header of the line-oriented suppression file that the targets write for the suppressor.</summary>
    public const string SuppressionFileHeader = "# VioTech baseline suppressions, format 1";

    /// <summary>File name of the suppression file in <c>obj/</c>; the suppressor looks for it among the additional files.</summary>
    public const string SuppressionFileName = "viotech.baseline.txt";

    private static readonly Regex Expiry = new(@"\b(?:until|hasta)\s+(\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Collapses runs of white space to one space and trims, so that re-indenting a line keeps its fingerprint.</summary>
    public static string NormalizeLine(string line)
    {
        var text = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var character in line)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(character);
        }

        return text.ToString();
    }

    /// <summary>Returns the first 16 hexadecimal digits of the SHA-256 of the normalised line (UTF-8).</summary>
    public static string HashLine(string line)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(NormalizeLine(line)));
        var text = new StringBuilder(16);
        for (var index = 0; index < 8; index++)
        {
            text.Append(digest[index].ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// Returns <paramref name="path"/> relative to <paramref name="root"/> with forward slashes, or
    /// the full path with forward slashes when it is outside the root.
    /// </summary>
    public static string RelativePath(string root, string path)
    {
        if (path.Length == 0)
        {
            return string.Empty;
        }

        var normalizedPath = path.Replace('\\', '/');
        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
        return normalizedRoot.Length > 1 && normalizedPath.StartsWith(normalizedRoot, StringComparison.OrdinalIgnoreCase)
            ? normalizedPath.Substring(normalizedRoot.Length)
            : normalizedPath;
    }

    /// <summary>Key of a fingerprint in sets and files: <c>rule|file|hash</c>.</summary>
    public static string Key(string ruleId, string relativePath, string lineHash) =>
        ruleId + "|" + relativePath + "|" + lineHash;

    /// <summary>Finds an expiry date written as <c>until 2027-03-01</c> (or <c>hasta 2027-03-01</c>) in a justification.</summary>
    public static bool TryGetExpiry(string? justification, out DateTime expiry)
    {
        expiry = default;
        if (string.IsNullOrEmpty(justification))
        {
            return false;
        }

        var match = Expiry.Match(justification);
        return match.Success
            && DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expiry);
    }

    /// <summary>
    /// Parses the suppression file: the header, a <c>root</c> line with the project folder, then one
    /// <c>rule, file, hash</c> line (tab-separated) per fingerprint. Returns false when the text is
    /// not such a file; malformed lines are skipped.
    /// </summary>
    public static bool TryParseSuppressionFile(string text, out string root, out HashSet<string> keys)
    {
        root = string.Empty;
        keys = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != SuppressionFileHeader)
        {
            return false;
        }

        for (var index = 1; index < lines.Length; index++)
        {
            var cells = lines[index].TrimEnd('\r').Split('\t');
            if (cells.Length == 2 && cells[0] == "root")
            {
                root = cells[1];
            }
            else if (cells.Length == 3)
            {
                keys.Add(Key(cells[0], cells[1], cells[2]));
            }
        }

        return true;
    }
}
