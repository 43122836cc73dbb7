using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Testing;

namespace VioTech.Analyzers.Tests.Logging;

/// <summary>
/// Keeps the sample service's logging findings honest: every line marked <c>// VIO3xxx:</c> must
/// be reported with that id, and no other line may report a logging rule. A marker on a line of
/// its own applies to the next code line.
/// </summary>
public sealed class LoggingSampleTests
{

    [Fact]
    public async Task SampleFindings_MatchTheirMarkers()
    {
        var path = Path.Combine(TestReferences.RepositoryRoot, "samples", "VioTech.Api", "Findings", "LoggingFindings.cs");
        var sample = File.ReadAllText(path);

        var diagnostics = await FixedOutput.LoggingDiagnosticsAsync(WebSdkGlobalUsings.Source, sample);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var expected = Markers(sample);
        var actual = diagnostics
            .Where(diagnostic => diagnostic.Location.SourceTree?.FilePath == "Fixed1.cs")
            .Select(diagnostic => (Line: diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Id))
            .ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(item => item.Line).ThenBy(item => item.Id), actual.OrderBy(item => item.Line).ThenBy(item => item.Id));
        foreach (var id in new[] { "VIO3001", "VIO3002", "VIO3003", "VIO3004", "VIO3005", "VIO3006" })
        {
            Assert.Contains(expected, item => item.Id == id);
        }
    }

    private static HashSet<(int Line, string Id)> Markers(string sample)
    {
        var lines = sample.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n');
        var markers = new HashSet<(int, string)>();
        for (var index = 0; index < lines.Length; index++)
        {
            var match = Regex.Match(lines[index], @"//\s*(VIO3\d{3}):");
            if (!match.Success)
            {
                continue;
            }

            var target = index;
            if (lines[index].TrimStart().StartsWith("//", System.StringComparison.Ordinal))
            {
                target = index + 1;
                while (target < lines.Length && lines[target].Trim().Length == 0)
                {
                    target++;
                }
            }

            markers.Add((target, match.Groups[1].Value));
        }

        return markers;
    }
}
