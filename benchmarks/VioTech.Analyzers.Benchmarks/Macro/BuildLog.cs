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
/// <remarks>
/// Projects that build in parallel interleave their output. MSBuild prefixes a line with its node
/// number (<c>4&gt;</c>) when the output switches to another node, then repeats the current target
/// name (<c>4&gt;CoreCompile:</c>), and later lines of the same node carry no prefix. So each node's
/// lines are followed separately, and such a target line neither starts nor ends a table.
/// </remarks>
internal sealed class BuildLog
{
    private static readonly Regex NodePrefix = new(@"^\s*(\d+)>", RegexOptions.Compiled);
    private static readonly Regex TargetLine = new(@"^[A-Za-z_][\w.]*:\s*$", RegexOptions.Compiled);
    private static readonly Regex SummaryLine = new(@"^\s*(\d+) ms\s+(\S+)\s+(\d+) calls", RegexOptions.Compiled);
    private static readonly Regex AnalyzerLine = new(@"^\s*(<?\d+(?:\.\d+)?)\s+(<?\d+)\s+(\S.*?)\s*$", RegexOptions.Compiled);

    public Dictionary<string, double> TaskMilliseconds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> TargetMilliseconds { get; } = new(StringComparer.Ordinal);

    /// <summary>Seconds per analyzer type (the compiler's name, with its rule ids), summed over projects.</summary>
    public Dictionary<string, double> AnalyzerSeconds { get; } = new(StringComparer.Ordinal);

    public static BuildLog Parse(string output)
    {
        var log = new BuildLog();
        var nodes = new Dictionary<string, NodeState>(StringComparer.Ordinal);
        var node = string.Empty;
        foreach (var rawLine in output.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (NodePrefix.Match(line) is { Success: true } prefix)
            {
                node = prefix.Groups[1].Value;
                line = line.Substring(prefix.Length);
                if (TargetLine.IsMatch(line))
                {
                    continue;
                }
            }

            if (!nodes.TryGetValue(node, out var state))
            {
                state = new NodeState();
                nodes[node] = state;
            }

            log.Read(line, state);
        }

        return log;
    }

    public double Task(string name) => TaskMilliseconds.TryGetValue(name, out var value) ? value : 0;

    private static void Add(Dictionary<string, double> values, string key, double value) =>
        values[key] = values.TryGetValue(key, out var existing) ? existing + value : value;

    /// <summary>Reads one line of a node's output, in the section that the node's earlier lines opened.</summary>
    private void Read(string line, NodeState state)
    {
        if (line.Contains("Target Performance Summary:", StringComparison.Ordinal))
        {
            state.Summary = TargetMilliseconds;
            return;
        }

        if (line.Contains("Task Performance Summary:", StringComparison.Ordinal))
        {
            state.Summary = TaskMilliseconds;
            return;
        }

        if (state.Summary is not null && SummaryLine.Match(line) is { Success: true } summaryMatch)
        {
            Add(state.Summary, summaryMatch.Groups[2].Value, double.Parse(summaryMatch.Groups[1].Value, CultureInfo.InvariantCulture));
            return;
        }

        if (line.Contains("Total analyzer execution time", StringComparison.Ordinal))
        {
            state.InAnalyzerTable = true;
            return;
        }

        if (line.Contains("Total generator execution time", StringComparison.Ordinal))
        {
            state.InAnalyzerTable = false;
            return;
        }

        if (!state.InAnalyzerTable)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(line) || line.Contains("Time (s)", StringComparison.Ordinal))
        {
            return; // The blank line and the header ("Time (s)    %   Analyzer") come before the rows.
        }

        var match = AnalyzerLine.Match(line);
        if (!match.Success)
        {
            state.InAnalyzerTable = false;
            return;
        }

        var name = match.Groups[3].Value;
        if (name.Contains(", Version=", StringComparison.Ordinal))
        {
            return; // An assembly line: its analyzers follow.
        }

        var seconds = match.Groups[1].Value.StartsWith('<') ? 0 : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        Add(AnalyzerSeconds, name, seconds);
    }

    /// <summary>Where one MSBuild node's output is: in a performance summary, in the analyzer table, or elsewhere.</summary>
    private sealed class NodeState
    {
        public Dictionary<string, double>? Summary { get; set; }

        public bool InAnalyzerTable { get; set; }
    }
}
