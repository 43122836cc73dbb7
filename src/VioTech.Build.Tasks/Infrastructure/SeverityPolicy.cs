using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using VioTech.Analyzers.Core;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Decides the severity of a task finding the way the C# compiler decides it for an analyzer
/// diagnostic, because MSBuild applies none of these settings to task messages by itself:
/// <list type="number">
/// <item>the global analyzer configs passed to the compiler (the VioTech preset and the user's own),
/// where a key from a file with a higher <c>global_level</c> wins, and an id key wins over a
/// category key, which wins over <c>dotnet_analyzer_diagnostic.severity</c>;</item>
/// <item><c>NoWarn</c>, which removes the finding whatever its severity;</item>
/// <item><c>WarningsNotAsErrors</c>, <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c> for warnings.</item>
/// </list>
/// Per-file <c>.editorconfig</c> sections do not apply to settings files and are not read.
/// </summary>
internal sealed class SeverityPolicy
{
    private readonly Dictionary<string, (int Level, EffectiveSeverity Severity)> configured =
        new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> noWarn;
    private readonly HashSet<string> warningsAsErrors;
    private readonly HashSet<string> warningsNotAsErrors;
    private readonly bool treatWarningsAsErrors;

    public SeverityPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
    {
        this.noWarn = ParseIdList(noWarn);
        this.warningsAsErrors = ParseIdList(warningsAsErrors);
        this.warningsNotAsErrors = ParseIdList(warningsNotAsErrors);
        this.treatWarningsAsErrors = treatWarningsAsErrors;
    }

    /// <summary>Problems found while reading configuration files, to be logged by the caller as warnings.</summary>
    public List<string> ConfigurationProblems { get; } = new();

    /// <summary>Reads the severity keys of one global analyzer config file.</summary>
    public void AddGlobalConfig(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ConfigurationProblems.Add($"{path}: the analyzer configuration file could not be read ({exception.Message}).");
            return;
        }

        // A file named .globalconfig has level 100 and any other global config level 0, unless it sets global_level.
        var level = string.Equals(Path.GetFileName(path), ".globalconfig", StringComparison.OrdinalIgnoreCase) ? 100 : 0;
        var severities = new List<(string Key, EffectiveSeverity Severity)>();
        foreach (var rawLine in lines)
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            // Only the global section (before any [section]) configures diagnostics globally.
            if (line[0] == '[')
            {
                break;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim();
            var value = StripComment(line.Substring(equals + 1)).Trim();
            if (key.Equals("global_level", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    level = parsed;
                }

                continue;
            }

            if (key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase)
                && key.StartsWith("dotnet_", StringComparison.OrdinalIgnoreCase)
                && TryParseSeverity(value, out var severity))
            {
                severities.Add((key.ToLowerInvariant(), severity));
            }
        }

        foreach (var (key, severity) in severities)
        {
            if (!configured.TryGetValue(key, out var existing) || level >= existing.Level)
            {
                configured[key] = (level, severity);
            }
        }
    }

    /// <summary>Returns the severity to log a finding of <paramref name="rule"/> with; <see cref="EffectiveSeverity.None"/> drops it.</summary>
    public EffectiveSeverity Resolve(RuleInfo rule)
    {
        if (noWarn.Contains(rule.Id))
        {
            return EffectiveSeverity.None;
        }

        var severity = Configured("dotnet_diagnostic." + rule.Id + ".severity")
            ?? Configured("dotnet_analyzer_diagnostic.category-" + rule.Category + ".severity")
            ?? Configured("dotnet_analyzer_diagnostic.severity")
            ?? (rule.DefaultSeverity == RuleSeverity.Warning ? EffectiveSeverity.Warning : EffectiveSeverity.Suggestion);

        if (severity == EffectiveSeverity.Warning && !warningsNotAsErrors.Contains(rule.Id)
            && (treatWarningsAsErrors || warningsAsErrors.Contains(rule.Id)))
        {
            return EffectiveSeverity.Error;
        }

        return severity;
    }

    private EffectiveSeverity? Configured(string key) =>
        configured.TryGetValue(key, out var entry) ? entry.Severity : null;

    private static string StripComment(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value.Substring(0, hash) : value;
    }

    private static bool TryParseSeverity(string value, out EffectiveSeverity severity)
    {
        switch (value.ToLowerInvariant())
        {
            case "error": severity = EffectiveSeverity.Error; return true;
            case "warning": severity = EffectiveSeverity.Warning; return true;
            case "suggestion":
            case "silent":
            case "info": severity = EffectiveSeverity.Suggestion; return true;
            case "none": severity = EffectiveSeverity.None; return true;
            default: severity = EffectiveSeverity.None; return false;
        }
    }

    private static HashSet<string> ParseIdList(string? list)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(list))
        {
            return ids;
        }

        foreach (var id in list!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add(id.Trim());
        }

        return ids;
    }
}
