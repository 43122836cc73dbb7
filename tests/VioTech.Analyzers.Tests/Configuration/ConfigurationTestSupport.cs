using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Configuration;

/// <summary>Builds configuration indexes for tests, with settings files in <see cref="Directory"/>.</summary>
internal sealed class IndexBuilder
{
    private readonly List<IndexedFile> files = new();
    private readonly List<IndexedSetting> settings = new();
    private readonly List<IndexedVariable> variables = new();
    private readonly List<string> environments = new();
    private readonly List<string> sources = new();
    private string? manifest;

    public const string Directory = "/service/";

    /// <summary>Adds a settings file with its keys: (key, kind, value), each on its own line from line 2, value at column 10.</summary>
    public IndexBuilder Settings(string fileName, string? environment, params (string Key, SettingKind Kind, string Value)[] entries)
    {
        var file = new IndexedFile(files.Count, Directory + fileName, environment);
        files.Add(file);
        var line = 2;
        foreach (var (key, kind, value) in entries)
        {
            settings.Add(new IndexedSetting(file, line++, 10, kind, key, value));
        }

        return this;
    }

    public IndexBuilder Manifest(params (string Name, string? ConfigKey)[] declared)
    {
        manifest = Directory + "viotech.env.json";
        variables.AddRange(declared.Select(variable => new IndexedVariable(variable.Name, variable.ConfigKey ?? ConfigurationIndex.NormalizeKey(variable.Name), false)));
        return this;
    }

    public IndexBuilder Environments(params string[] names)
    {
        environments.AddRange(names);
        return this;
    }

    public IndexBuilder Sources(params string[] names)
    {
        sources.AddRange(names);
        return this;
    }

    public string Build() => ConfigurationIndex.Write(manifest, environments, files, settings, variables, sources);
}

/// <summary>
/// Runs a code and configuration rule with an index as an additional file and an optional global
/// config. Test sources are libraries: the markup would make the shared output-kind detection see
/// top-level statements.
/// </summary>
internal static class ConfigurationVerify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static async Task AnalyzerAsync(string source, string? index, string? globalConfig = null, params DiagnosticResult[] expected)
    {
        var test = new Verify<TAnalyzer>.AnalyzerTest();
        test.TestState.Sources.Add(source);
        if (index is not null)
        {
            test.TestState.AdditionalFiles.Add((IndexBuilder.Directory + "obj/Debug/net8.0/" + ConfigurationIndex.FileName, index));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        await test.RunAsync();
    }

    public static async Task CodeFixAsync<TCodeFix>(string source, string fixedSource, string index, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new Verify<TAnalyzer, TCodeFix>.CodeFixTest();
        test.TestState.Sources.Add(source);
        test.FixedState.Sources.Add(fixedSource);
        var path = IndexBuilder.Directory + "obj/Debug/net8.0/" + ConfigurationIndex.FileName;
        test.TestState.AdditionalFiles.Add((path, index));
        test.FixedState.AdditionalFiles.Add((path, index));
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;

        // Diagnostics that the fix leaves (no close name to suggest) are marked in the fixed source.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }
}
