using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using VioTech.Analyzers.Benchmarks.Generation;
using VioTech.Analyzers.Benchmarks.Macro;

namespace VioTech.Analyzers.Benchmarks;

internal static class Program
{
    private const string Usage = """
        Usage:
          build    [--lines 25000,50000,100000] [--runs 3] [--modes Off,Sdk,VioTech] [--work <folder>]
                   Generates the synthetic solution at each size and measures builds with no
                   analyzers (Off), the SDK defaults (Sdk), and VioTech.Analyzers; prints medians.
                   --modes leaves modes out; Sdk and VioTech are required.
          generate [--lines 100000] [--work <folder>]
                   Only writes the synthetic solution.
          parse-log <file>
                   Prints what the build benchmark reads from a saved 'dotnet build -v:d
                   -clp:PerformanceSummary -p:ReportAnalyzer=true' output.
          micro    [BenchmarkDotNet arguments, e.g. --filter *]
                   Runs the micro-benchmarks of the hot paths.
          analyzer-times [--runs 5]
                   Runs every VioTech analyzer in process over a generated project of about
                   5,000 lines and prints the median execution time of each analyzer.
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        var work = Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "viotech-bench");
        switch (args[0])
        {
            case "build":
                var sizes = (Option(args, "--lines") ?? "25000,50000,100000").Split(',').Select(int.Parse).ToList();
                var runs = int.Parse(Option(args, "--runs") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
                if (runs < 1)
                {
                    Console.Error.WriteLine("--runs must be 1 or more.");
                    return 1;
                }

                var modeNames = (Option(args, "--modes") ?? "Off,Sdk,VioTech").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var modes = new List<BuildMode>();
                foreach (var name in modeNames)
                {
                    if (!Enum.TryParse<BuildMode>(name, ignoreCase: true, out var mode))
                    {
                        Console.Error.WriteLine($"--modes: unknown mode '{name}'; use Off, Sdk and VioTech.");
                        return 1;
                    }

                    modes.Add(mode);
                }

                if (!modes.Contains(BuildMode.Sdk) || !modes.Contains(BuildMode.VioTech))
                {
                    Console.Error.WriteLine("--modes must include Sdk and VioTech, whose difference is the overhead.");
                    return 1;
                }

                return new BuildBenchmark(FindRepositoryRoot(), Path.GetFullPath(work)).Run(sizes, runs, modes.Distinct().ToArray());
            case "generate":
                var lines = int.Parse(Option(args, "--lines") ?? "100000", System.Globalization.CultureInfo.InvariantCulture);
                var counts = SolutionGenerator.Generate(Path.GetFullPath(work), lines);
                Console.WriteLine($"Wrote {counts.Values.Sum():N0} lines of C# to {Path.GetFullPath(work)}");
                return 0;
            case "parse-log" when args.Length > 1:
                var log = BuildLog.Parse(File.ReadAllText(args[1]));
                Console.WriteLine($"Csc: {log.Task("Csc"):F0} ms, analyzers summed: {log.AnalyzerSeconds.Values.Sum():F3} s");
                foreach (var (name, seconds) in log.AnalyzerSeconds.OrderByDescending(pair => pair.Value).Take(10))
                {
                    Console.WriteLine($"  {seconds,8:F3} s  {name}");
                }

                return 0;
            case "analyzer-times":
                var timedRuns = int.Parse(Option(args, "--runs") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
                if (timedRuns < 1)
                {
                    Console.Error.WriteLine("--runs must be 1 or more.");
                    return 1;
                }

                return Micro.AnalyzerTimes.Run(timedRuns);
            case "micro":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command '{args[0]}'.");
                Console.Error.WriteLine(Usage);
                return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Returns the folder holding VioTech.Analyzers.sln, searched upwards from the working folder and then from this program.</summary>
    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "VioTech.Analyzers.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("VioTech.Analyzers.sln was not found above the working folder; run the command from the repository.");
    }
}
