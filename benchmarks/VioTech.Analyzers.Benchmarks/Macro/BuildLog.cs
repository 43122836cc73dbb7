using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace VioTech.Analyzers.Benchmarks.Macro;

/// <summary>
/// Figures read from the console output of one <c>dotnet build -v:d -clp:PerformanceSummary
/// -p:ReportAnalyzer=true</c>: MSBuild's task and target summaries, and the compiler's
/// per-analyzer execution times, summed over every project of the build. The compiler's
/// per-analyzer table reaches the console only at detailed verbosity.
/// </summary>
internal sealed class BuildLog
{
    private static readonly Regex NodePrefix = new(@"^\s*\d+>", RegexOptions.Compiled);
    private static readonly Regex SummaryLine = new(@"^\s*(\d+) ms\s+(\S+)\s+(\d+) calls", RegexOptions.Compiled);
    private static readonly Regex AnalyzerLine = new(@"^\s*(<?\d+(?:\.\d+)?)\s+(<?\d+)\s+(\S.*?)\s*$", RegexOptions.Compiled);

    public Dictionary<string, double> TaskMilliseconds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> TargetMilliseconds { get; } = new(StringComparer.Ordinal);

    /// <summary>Seconds per analyzer type (the compiler's name, with its rule ids), summed over projects.</summary>
    public Dictionary<string, double> AnalyzerSeconds { get; } = new(StringComparer.Ordinal);

    public static BuildLog Parse(string output)
    {
        var log = new BuildLog();
        Dictionary<string, double>? summary = null;
        var inAnalyzerTable = false;
        foreach (var rawLine in output.Split('\n'))
        {
            var line = NodePrefix.Replace(rawLine.TrimEnd('\r'), string.Empty);
            if (line.Contains("Target Performance Summary:", StringComparison.Ordinal))
            {
                summary = log.TargetMilliseconds;
                continue;
            }

            if (line.Contains("Task Performance Summary:", StringComparison.Ordinal))
            {
                summary = log.TaskMilliseconds;
                continue;
            }

            if (summary is not null && SummaryLine.Match(line) is { Success: true } summaryMatch)
            {
                Add(summary, summaryMatch.Groups[2].Value, double.Parse(summaryMatch.Groups[1].Value, CultureInfo.InvariantCulture));
                continue;
            }

            if (line.Contains("Total analyzer execution time", StringComparison.Ordinal))
            {
                inAnalyzerTable = true;
                continue;
            }

            if (line.Contains("Total generator execution time", StringComparison.Ordinal))
            {
                inAnalyzerTable = false;
                continue;
            }

            if (inAnalyzerTable)
            {
                if (string.IsNullOrWhiteSpace(line) || line.Contains("Time (s)", StringComparison.Ordinal))
                {
                    continue; // The blank line and the header ("Time (s)    %   Analyzer") come before the rows.
                }

                var match = AnalyzerLine.Match(line);
                if (!match.Success)
                {
                    inAnalyzerTable = false;
                    continue;
                }

                var name = match.Groups[3].Value;
                if (name.Contains(", Version=", StringComparison.Ordinal))
                {
                    continue; // An assembly line: its analyzers follow.
                }

                var seconds = match.Groups[1].Value.StartsWith('<') ? 0 : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                Add(log.AnalyzerSeconds, name, seconds);
            }
        }

        return log;
    }

    public double Task(string name) => TaskMilliseconds.TryGetValue(name, out var value) ? value : 0;

    private static void Add(Dictionary<string, double> values, string key, double value) =>
        values[key] = values.TryGetValue(key, out var existing) ? existing + value : value;
}
