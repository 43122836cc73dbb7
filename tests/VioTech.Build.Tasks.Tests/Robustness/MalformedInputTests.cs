using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Robustness;

/// <summary>
/// Every task input format, given a malformed file, either passes cleanly or reports coded
/// diagnostics with a line and column, never throws, and finishes within a generous bound that
/// catches hangs (it is not a speed assertion).
/// Time budget: 20 to 40 s for the class on 2 shared cores (measured: 38 s at a load average above 20), most of it the 50 MB file and the truncation sweep.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly TimeSpan SmallCaseLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LargeCaseLimit = TimeSpan.FromSeconds(120);

    public static IEnumerable<object[]> Formats() => TaskInputFormats.All.Select(format => new object[] { format.Name });

    public static IEnumerable<object[]> Cases() =>
        from format in TaskInputFormats.All
        from name in new[] { "empty", "BOM only", "invalid UTF-8", "invalid UTF-8 only", "10,000-deep nesting", "binary garbage", "NUL bytes" }
            .Concat((format.ExtraCases ?? Array.Empty<(string, byte[])>()).Select(extra => extra.Name))
        select new object[] { format.Name, name };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MalformedFile_ReportsOrPasses(string formatName, string caseName)
    {
        var format = TaskInputFormats.Get(formatName);

        var outcome = await Bounded.RunAsync(() => Run(format, SmallCase(format, caseName)), SmallCaseLimit);

        AssertPositioned(outcome, $"{format} / {caseName}");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TruncatedAtEveryByte_ReportsOrPasses(string formatName)
    {
        var format = TaskInputFormats.Get(formatName);
        var bytes = Encoding.UTF8.GetBytes(format.ValidSample);
        Assert.Empty(Run(format, bytes).Coded);

        var failures = await Bounded.RunAsync(
            () =>
            {
                var found = new List<string>();
                for (var length = 0; length < bytes.Length; length++)
                {
                    var outcome = Run(format, bytes.AsSpan(0, length).ToArray());
                    found.AddRange(Problems(outcome).Select(problem => $"cut at byte {length}: {problem}"));
                }

                return found;
            },
            SmallCaseLimit * 2);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task FiftyMegabyteFile_ReportsOrPasses(string formatName)
    {
        var format = TaskInputFormats.Get(formatName);
        var content = Encoding.UTF8.GetBytes(format.LargeContent(50 * 1024 * 1024));
        Assert.True(content.Length >= 50 * 1024 * 1024);

        var outcome = await Bounded.RunAsync(() => Run(format, content), LargeCaseLimit);

        AssertPositioned(outcome, $"{format} / 50 MB file");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task FiveMegabyteLine_ReportsOrPasses(string formatName)
    {
        var format = TaskInputFormats.Get(formatName);
        var content = Encoding.UTF8.GetBytes(format.LongLine(5 * 1024 * 1024));

        var outcome = await Bounded.RunAsync(() => Run(format, content), LargeCaseLimit);

        AssertPositioned(outcome, $"{format} / 5 MB line");
    }

    [Fact]
    public async Task Bounded_HangingWork_FailsWithTimeout()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            Bounded.RunAsync(() => { System.Threading.Thread.Sleep(TimeSpan.FromSeconds(5)); return 0; }, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("did not finish", error.Message, StringComparison.Ordinal);
    }

    private static byte[] SmallCase(TaskInputFormat format, string caseName)
    {
        var sample = Encoding.UTF8.GetBytes(format.ValidSample);
        var random = new Random(20_261_204);
        switch (caseName)
        {
            case "empty":
                return Array.Empty<byte>();
            case "BOM only":
                return new byte[] { 0xEF, 0xBB, 0xBF };
            case "invalid UTF-8":
                // A lone continuation byte, a truncated two-byte sequence and 0xFF, inside the valid sample.
                var middle = sample.Length / 2;
                return sample.Take(middle).Concat(new byte[] { 0x80, 0xC3, 0x28, 0xFF }).Concat(sample.Skip(middle)).ToArray();
            case "invalid UTF-8 only":
                return Enumerable.Repeat(new byte[] { 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFE }, 100).SelectMany(chunk => chunk).ToArray();
            case "10,000-deep nesting":
                return Encoding.UTF8.GetBytes(format.DeepNesting(10_000));
            case "binary garbage":
                var garbage = new byte[64 * 1024];
                random.NextBytes(garbage);
                return garbage;
            case "NUL bytes":
                return new byte[4096];
            default:
                return format.ExtraCases!.Single(extra => extra.Name == caseName).Content;
        }
    }

    private static RecordingBuildEngine Run(TaskInputFormat format, byte[] content)
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes(format.FileName, content);
        return format.Run(folder, file);
    }

    private static void AssertPositioned(RecordingBuildEngine outcome, string description)
    {
        var problems = Problems(outcome).ToList();
        Assert.True(problems.Count == 0, $"{description}: " + string.Join("\n", problems));
    }

    /// <summary>Returns each logged diagnostic without a VIO code, a line and a column, or with an empty message.</summary>
    private static IEnumerable<string> Problems(RecordingBuildEngine outcome)
    {
        var logged = outcome.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber, e.Message))
            .Concat(outcome.Warnings.Select(w => (w.Code, w.LineNumber, w.ColumnNumber, w.Message)));
        foreach (var (code, line, column, message) in logged)
        {
            if (code is null || !code.StartsWith("VIO", StringComparison.Ordinal) || line < 1 || column < 1 || string.IsNullOrWhiteSpace(message))
            {
                yield return $"{code} at ({line},{column}): {message}";
            }
        }
    }
}
