using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using VioTech.Analyzers.Benchmarks.Generation;

namespace VioTech.Analyzers.Benchmarks.Macro;

/// <summary>The three build configurations that are compared.</summary>
internal enum BuildMode
{
    /// <summary>No analyzers at all (<c>-p:RunAnalyzers=false</c>).</summary>
    Off,

    /// <summary>The SDK's default analyzers and those of the referenced packages.</summary>
    Sdk,

    /// <summary>The SDK defaults plus VioTech.Analyzers from source, with its props and targets.</summary>
    VioTech,
}

/// <summary>
/// Builds the generated solution in each mode, interleaved and repeated, and prints medians:
/// compiler task time, VioTech analyzer time, the overhead over the SDK defaults, the most
/// expensive VioTech analyzers, the VioTech MSBuild task time (cold and up to date) and peak memory.
/// </summary>
internal sealed class BuildBenchmark
{
    private static readonly Regex MaxRss = new(@"MAXRSS=(\d+)", RegexOptions.Compiled);
    private readonly string repositoryRoot;
    private readonly string workFolder;
    private readonly StringBuilder report = new();

    public BuildBenchmark(string repositoryRoot, string workFolder)
    {
        this.repositoryRoot = repositoryRoot;
        this.workFolder = workFolder;
    }

    public int Run(IReadOnlyList<int> sizes, int runs, BuildMode[] modes)
    {
        Line($"VioTech.Analyzers build benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET SDK {Capture("dotnet", "--version", repositoryRoot).Trim()}");
        Line($"Modes: {string.Join(", ", modes)}. Runs per mode: {runs}, interleaved; figures are medians. Work folder: {workFolder}");
        BuildPackageFromSource();

        var resultFile = Path.Combine(workFolder, "results.md");
        foreach (var size in sizes)
        {
            MeasureSize(size, runs, modes);

            // Written after each size, so that a long run interrupted later keeps what it measured.
            File.WriteAllText(resultFile, report.ToString());
        }

        Console.WriteLine($"Results written to {resultFile}");
        return 0;
    }

    private void MeasureSize(int size, int runs, BuildMode[] modes)
    {
        var root = Path.Combine(workFolder, $"lines-{size}");
        var lines = SolutionGenerator.Generate(root, size);
        WriteVioTechImports(root);
        var solution = Path.Combine(root, SolutionGenerator.SolutionName + ".sln");
        Line();
        Directory.CreateDirectory(workFolder);
        Line($"## {lines.Values.Sum():N0} lines of C# ({string.Join(", ", lines.Select(pair => $"{pair.Key} {pair.Value:N0}"))})");
        // The solution is its own Git repository, so that the tasks read its .gitignore.
        Exec("git", "init -q", root);
        Exec("dotnet", $"restore \"{solution}\" -nodeReuse:false", root);

        var results = modes.ToDictionary(mode => mode, _ => new List<BuildResult>());
        var upToDate = new List<BuildResult>();
        for (var run = 0; run < runs; run++)
        {
            // Rotate the order each run so that no mode always follows the same one.
            foreach (var mode in modes.Skip(run % modes.Length).Concat(modes.Take(run % modes.Length)))
            {
                if (mode == BuildMode.VioTech)
                {
                    DeleteFindingsCaches(root);
                }

                var result = Build(solution, mode, rebuild: true);
                results[mode].Add(result);
                Console.WriteLine($"  run {run + 1} {mode,-8} wall {result.WallSeconds,6:F1} s, Csc {result.CscSeconds,6:F1} s, peak {result.PeakMegabytes,5:F0} MB");
                if (mode == BuildMode.VioTech)
                {
                    upToDate.Add(Build(solution, mode, rebuild: false));
                }
            }
        }

        Summarize(results, upToDate);
    }

    private void Summarize(Dictionary<BuildMode, List<BuildResult>> results, List<BuildResult> upToDate)
    {
        Line();
        Line("| Mode | Build wall time (s) | Csc task time (s) | All analyzers, summed (s) | Peak memory of one process (MB) |");
        Line("|---|---:|---:|---:|---:|");
        foreach (var (mode, list) in results)
        {
            Line($"| {mode} | {Median(list, r => r.WallSeconds):F1} | {Median(list, r => r.CscSeconds):F1} | {Median(list, r => r.Log.AnalyzerSeconds.Values.Sum()):F1} | {Median(list, r => r.PeakMegabytes):F0} |");
        }

        var sdkCsc = Median(results[BuildMode.Sdk], r => r.CscSeconds);
        var vioCsc = Median(results[BuildMode.VioTech], r => r.CscSeconds);
        var offCsc = results.TryGetValue(BuildMode.Off, out var offResults) ? Median(offResults, r => r.CscSeconds) : double.NaN;
        var vioAnalyzers = Median(results[BuildMode.VioTech], r => VioTechAnalyzers(r).Values.Sum());
        Line();
        Line($"- Csc overhead of VioTech over SDK defaults (target ≤ 3 %): {Percent(vioCsc - sdkCsc, sdkCsc)}");
        Line(double.IsNaN(offCsc)
            ? "- Csc overhead of SDK defaults over no analyzers: not measured (Off was not among --modes)"
            : $"- Csc overhead of SDK defaults over no analyzers: {Percent(sdkCsc - offCsc, offCsc)}");
        Line($"- VioTech analyzer time, summed: {vioAnalyzers:F3} s = {Percent(vioAnalyzers, vioCsc)} of the Csc task time");

        var perAnalyzer = results[BuildMode.VioTech]
            .SelectMany(VioTechAnalyzers)
            .GroupBy(pair => pair.Key)
            .Select(group => (Name: group.Key, Seconds: MedianOf(group.Select(pair => pair.Value).ToList())))
            .OrderByDescending(item => item.Seconds)
            .Take(5)
            .ToList();
        Line("- Most expensive VioTech analyzers (target: each ≤ 1 % of the Csc task time):");
        foreach (var (name, seconds) in perAnalyzer)
        {
            Line($"  - {name}: {seconds:F3} s ({Percent(seconds, vioCsc)})");
        }

        if (perAnalyzer.Count == 0)
        {
            Line("  - none reported (the compiler printed no VioTech analyzer times)");
        }

        var coldTasks = Median(results[BuildMode.VioTech], r => r.VioTechTaskMilliseconds);
        var upToDateTargets = Median(upToDate, r => r.VioTechTargetMilliseconds);
        Line($"- VioTech MSBuild tasks, cold (findings cache deleted): {coldTasks:F0} ms; up to date, all VioTech targets (target ≤ 100 ms): {upToDateTargets:F0} ms");
        Line($"- Up-to-date build wall time with VioTech: {Median(upToDate, r => r.WallSeconds):F1} s");
    }

    private BuildResult Build(string solution, BuildMode mode, bool rebuild)
    {
        var arguments = new StringBuilder($"build \"{solution}\" --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary");
        if (rebuild)
        {
            arguments.Append(" --no-incremental");
        }

        arguments.Append(mode switch
        {
            BuildMode.Off => " -p:RunAnalyzers=false",
            BuildMode.VioTech => " -p:VioTechBenchmark=true",
            _ => string.Empty,
        });

        // GNU time reports the largest resident set of any process in the build's tree.
        var stopwatch = Stopwatch.StartNew();
        var (exitCode, output) = Start("/usr/bin/time", $"-f MAXRSS=%M dotnet {arguments}", Path.GetDirectoryName(solution)!);
        stopwatch.Stop();
        if (exitCode != 0)
        {
            var logFile = Path.Combine(workFolder, $"failed-{mode}.log");
            File.WriteAllText(logFile, output);
            throw new InvalidOperationException($"The {mode} build failed with exit code {exitCode}; its output is in {logFile}.");
        }

        // The last output of each mode is kept beside the solution, to check what the parser read.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(solution)!, $"last-build-{mode}{(rebuild ? string.Empty : "-up-to-date")}.log"), output);

        var rss = MaxRss.Matches(output).Select(match => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        return new BuildResult(mode, stopwatch.Elapsed.TotalSeconds, rss / 1024, BuildLog.Parse(output));
    }

    private void BuildPackageFromSource()
    {
        Console.WriteLine("Building the analyzers and tasks from src/ in Release...");
        Exec("dotnet", "build src/VioTech.Analyzers/VioTech.Analyzers.csproj -c Release -nodeReuse:false", repositoryRoot);
        Exec("dotnet", "build src/VioTech.Build.Tasks/VioTech.Build.Tasks.csproj -c Release -f net8.0 -nodeReuse:false", repositoryRoot);
    }

    /// <summary>
    /// Writes Directory.Build.props and .targets that add VioTech.Analyzers as the package would,
    /// but from src/: the analyzer assemblies as Analyzer items, the task assembly, and the
    /// props and targets of build/. They act only when VioTechBenchmark is true.
    /// </summary>
    private void WriteVioTechImports(string root)
    {
        var analyzerFolder = Path.Combine(repositoryRoot, "src", "VioTech.Analyzers", "bin", "Release", "netstandard2.0");
        var tasks = Path.Combine(repositoryRoot, "src", "VioTech.Build.Tasks", "bin", "Release", "net8.0", "VioTech.Build.Tasks.dll");
        var build = Path.Combine(repositoryRoot, "build");
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup Condition="'$(VioTechBenchmark)' == 'true'">
                <VioTechTasksAssembly>{tasks}</VioTechTasksAssembly>
              </PropertyGroup>
              <Import Project="{build}/VioTech.Analyzers.props" Condition="'$(VioTechBenchmark)' == 'true'" />
              <ItemGroup Condition="'$(VioTechBenchmark)' == 'true'">
                <Analyzer Include="{analyzerFolder}/VioTech.Analyzers.dll" />
                <Analyzer Include="{analyzerFolder}/VioTech.Analyzers.Core.dll" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{build}/VioTech.Analyzers.targets" Condition="'$(VioTechBenchmark)' == 'true'" />
            </Project>
            """);
    }

    private static void DeleteFindingsCaches(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "viotech.*.txt", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }
    }

    private static Dictionary<string, double> VioTechAnalyzers(BuildResult result) =>
        result.Log.AnalyzerSeconds.Where(pair => pair.Key.StartsWith("VioTech.", StringComparison.Ordinal)).ToDictionary(pair => pair.Key, pair => pair.Value);

    private static double Median(IReadOnlyList<BuildResult> results, Func<BuildResult, double> selector) =>
        MedianOf(results.Select(selector).ToList());

    private static double MedianOf(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string Percent(double part, double whole) =>
        whole <= 0 ? "n/a" : (part / whole * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";

    private void Line(string text = "")
    {
        Console.WriteLine(text);
        report.AppendLine(text);
    }

    private static void Exec(string file, string arguments, string folder)
    {
        var (exitCode, output) = Start(file, arguments, folder);
        if (exitCode != 0)
        {
            Console.Error.WriteLine(output);
            throw new InvalidOperationException($"'{file} {arguments}' failed with exit code {exitCode}.");
        }
    }

    private static string Capture(string file, string arguments, string folder) => Start(file, arguments, folder).Output;

    private static (int ExitCode, string Output) Start(string file, string arguments, string folder)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // No build servers and no node reuse, so every build starts cold and its memory is measured.
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}

/// <summary>The measured figures of one build.</summary>
internal sealed record BuildResult(BuildMode Mode, double WallSeconds, double PeakMegabytes, BuildLog Log)
{
    public double CscSeconds => Log.Task("Csc") / 1000;

    public double VioTechTaskMilliseconds => Log.Task("ValidateConfigurationFiles") + Log.Task("ReportFindings") + Log.Task("WriteReport");

    public double VioTechTargetMilliseconds =>
        Log.TargetMilliseconds.Where(pair => pair.Key.Contains("VioTech", StringComparison.Ordinal)).Sum(pair => pair.Value);
}
