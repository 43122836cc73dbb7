using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Benchmarks.Generation;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Testing;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// The project that the in-process benchmarks share: the four projects of the build benchmark's
/// synthetic service merged into one web application of 10 units, about 5,000 lines, with the
/// implicit usings of <c>Microsoft.NET.Sdk.Web</c>. It references the .NET and ASP.NET Core
/// reference packs of the installed SDK, and Serilog and EF Core from the NuGet package folder. The
/// build benchmark restores those packages there. Where they are missing, their calls do not bind.
/// </summary>
internal static class BenchmarkProject
{
    public const int Units = 10;


    /// <summary>Packages the generated projects reference, as (package id, version, target framework folder).</summary>
    private static readonly (string Id, string Version, string Framework)[] Packages =
    {
        ("serilog", "4.3.0", "net9.0"),
        ("microsoft.entityframeworkcore", "10.0.15", "net10.0"),
        ("microsoft.entityframeworkcore.abstractions", "10.0.15", "net10.0"),
    };

    public static IReadOnlyList<string> Sources() =>
        Enumerable.Range(0, Units).SelectMany(i => new[]
        {
            SourceTemplates.Controller(i), SourceTemplates.MinimalApi(i), SourceTemplates.Service(i), SourceTemplates.Options(i),
            SourceTemplates.Entity(i), SourceTemplates.Repository(i), SourceTemplates.PaymentClient(i),
        })
        .Append(SourceTemplates.Program(Units))
        .Append(SourceTemplates.DbContext(Units))
        .Append(SourceTemplates.ChargeResult)
        .Append(WebSdkGlobalUsings.Source)
        .ToList();

    public static List<SyntaxTree> ParseTrees() =>
        Sources().Select((text, index) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: $"File{index}.cs")).ToList();

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Bench", trees, References(), new CSharpCompilationOptions(OutputKind.ConsoleApplication));

    /// <summary>Diagnostic ids of the pipeline rules, which share one pipeline model per compilation.</summary>
    public static readonly string[] PipelineRuleIds =
    {
        "VIO1005", "VIO1006", "VIO1101", "VIO1102", "VIO1103", "VIO1104", "VIO1201", "VIO1203", "VIO1204", "VIO1301", "VIO1302", "VIO1501", "VIO1502",
    };

    /// <summary>Diagnostic ids of the rules that share one provider secret scan per syntax tree.</summary>
    public static readonly string[] ProviderSecretRuleIds = { "VIO2001", "VIO2005" };

    /// <summary>
    /// Creates one instance of every VioTech analyzer (found by reflection, so new rules are
    /// included) whose supported ids are all in <paramref name="ids"/>, or of every analyzer and
    /// suppressor when <paramref name="ids"/> is null.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers(IReadOnlyCollection<string>? ids = null) =>
        typeof(AnalyzerResources).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type, nonPublic: true)!)
            .Where(analyzer => ids is null
                || (analyzer is not DiagnosticSuppressor && analyzer.SupportedDiagnostics.All(descriptor => ids.Contains(descriptor.Id))))
            .ToImmutableArray();

    /// <summary>Returns the .NET and ASP.NET Core reference assemblies of the installed SDK.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var folder = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", pack))
                .Select(version => Path.Combine(version, "ref", "net10.0"))
                .Where(Directory.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
                .First();
            foreach (var file in Directory.GetFiles(folder, "*.dll"))
            {
                yield return MetadataReference.CreateFromFile(file);
            }
        }

        var packageRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var (id, version, framework) in Packages)
        {
            var folder = Path.Combine(packageRoot, id, version, "lib", framework);
            if (!Directory.Exists(folder))
            {
                Console.WriteLine($"// {id} {version} is not in {packageRoot}; its calls will not bind. Run the build benchmark once to restore it.");
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.dll"))
            {
                yield return MetadataReference.CreateFromFile(file);
            }
        }
    }
}
