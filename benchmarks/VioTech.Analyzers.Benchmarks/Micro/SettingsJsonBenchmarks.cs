using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Infrastructure;
using VioTech.Analyzers.Benchmarks.Generation;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// The appsettings validation of the MSBuild task over a valid file and over one with an error at
/// its end (the worst case: the whole file is read, then positions are computed). Throughput in
/// MB/s is the file size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class SettingsJsonBenchmarks
{
    private byte[] valid = System.Array.Empty<byte>();
    private byte[] brokenAtEnd = System.Array.Empty<byte>();

    /// <summary>Units of the generated appsettings.json; 2,000 units is about 270 KB, 20,000 about 2.7 MB.</summary>
    [Params(2_000, 20_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SourceTemplates.AppSettings(Units);
        valid = Encoding.UTF8.GetBytes(text);
        brokenAtEnd = Encoding.UTF8.GetBytes(text.TrimEnd().TrimEnd('}') + "\"dangling\": }");
        System.Console.WriteLine($"// settings file size: {valid.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int ValidFile() => Read(valid);

    [Benchmark]
    public int ErrorAtEnd() => Read(brokenAtEnd);

    /// <summary>Reads the file as the validation task does and returns the number of findings.</summary>
    private static int Read(byte[] content)
    {
        var findings = new List<Finding>();
        SettingsJsonReader.Read("appsettings.json", environment: null, content, findings);
        return findings.Count;
    }
}
