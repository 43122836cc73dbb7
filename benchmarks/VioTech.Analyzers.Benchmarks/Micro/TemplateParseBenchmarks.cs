using System;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using VioTech.Analyzers.Core.Logging;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// <see cref="MessageTemplate.Parse"/>, which the logging rules run on every constant template of a
/// logging call: the templates of the generated project plus hard cases (escaped braces, format
/// and alignment specifiers, destructuring, an unclosed hole and a long template).
/// </summary>
[MemoryDiagnoser]
public class TemplateParseBenchmarks
{
    private static readonly string[] HardCases =
    {
        "Processed {{literal}} braces and {Count,8:N0} items in {Elapsed:0.000} ms",
        "Order {@Order} from {$Customer} with {Items}",
        "Unclosed hole {Reference and the rest of the text",
        "Plain message without any hole at all, which is the most common case in real code",
        string.Concat(Enumerable.Range(0, 40).Select(i => $"step {{Step{i}}} took {{Elapsed{i}:0.0}} ms; ")),
    };

    private string[] templates = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        var calls = new Regex(@"\.Log(?:Trace|Debug|Information|Warning|Error|Critical)\((?:exception, )?""(?<template>[^""]*)""");
        templates = BenchmarkProject.Sources()
            .SelectMany(source => calls.Matches(source).Select(match => match.Groups["template"].Value))
            .Concat(HardCases)
            .ToArray();
        Console.WriteLine($"// templates: {templates.Length:N0}, {templates.Sum(text => text.Length):N0} characters");
    }

    [Benchmark]
    public int ParseEveryTemplate()
    {
        var holes = 0;
        foreach (var template in templates)
        {
            holes += MessageTemplate.Parse(template).Holes.Count;
        }

        return holes;
    }
}
