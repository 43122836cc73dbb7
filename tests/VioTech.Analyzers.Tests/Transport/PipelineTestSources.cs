using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Transport;

/// <summary>Shared helpers for the pipeline rules' tests: options and extra files.</summary>
internal static class PipelineTest
{
    /// <summary>Runs <typeparamref name="TAnalyzer"/> over several files with a global config holding <paramref name="globalConfig"/> lines.</summary>
    public static Task RunAsync<TAnalyzer>(string[] sources, string? globalConfig, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        RunAsync<TAnalyzer>(sources, globalConfig, null, expected);

    public static async Task RunAsync<TAnalyzer>(string[] sources, string? globalConfig, MetadataReference? library, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new Verify<TAnalyzer>.AnalyzerTest();
        if (library is not null)
        {
            test.TestState.AdditionalReferences.Add(library);
        }

        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", sources[i]));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        TestHelpers.SetOutputKind(test.TestState);
        await test.RunAsync();
    }

    /// <summary>
    /// A referenced assembly (not source) with an extension method that takes the application
    /// builder and is not a known framework method: it may register any middleware.
    /// </summary>
    public static MetadataReference ContosoLibrary { get; } = BuildContosoLibrary();

    /// <summary>A compiled stand-in for Swashbuckle's <c>UseSwagger</c>/<c>UseSwaggerUI</c>, which the tests do not reference.</summary>
    public static MetadataReference SwashbuckleLibrary { get; } = BuildLibrary("Swashbuckle.AspNetCore.Stub", """
        namespace Microsoft.AspNetCore.Builder
        {
            public static class SwaggerBuilderExtensions
            {
                public static IApplicationBuilder UseSwagger(this IApplicationBuilder app) => app;

                public static IApplicationBuilder UseSwaggerUI(this IApplicationBuilder app) => app;
            }
        }
        """);

    /// <summary>A compiled stand-in for NetEscapades.AspNetCore.SecurityHeaders' CSP builder.</summary>
    public static MetadataReference NetEscapadesLibrary { get; } = BuildLibrary("NetEscapades.AspNetCore.SecurityHeaders.Stub", """
        namespace NetEscapades.AspNetCore.SecurityHeaders
        {
            public sealed class DirectiveBuilder
            {
                public DirectiveBuilder Self() => this;
                public DirectiveBuilder None() => this;
                public DirectiveBuilder UnsafeInline() => this;
                public DirectiveBuilder UnsafeEval() => this;
                public DirectiveBuilder WithNonce() => this;
                public DirectiveBuilder Data() => this;
                public DirectiveBuilder From(string uri) => this;
            }

            public sealed class CspBuilder
            {
                public DirectiveBuilder AddDefaultSrc() => new();
                public DirectiveBuilder AddScriptSrc() => new();
                public DirectiveBuilder AddObjectSrc() => new();
                public DirectiveBuilder AddBaseUri() => new();
                public DirectiveBuilder AddFrameAncestors() => new();
            }

            public sealed class HeaderPolicyCollection
            {
                public HeaderPolicyCollection AddContentSecurityPolicy(System.Action<CspBuilder> configure) => this;
            }
        }
        """);

    private static MetadataReference BuildContosoLibrary()
    {
        const string source = """
            namespace Contoso.Web
            {
                public static class ContosoDefaults
                {
                    public static Microsoft.AspNetCore.Builder.IApplicationBuilder UseContosoDefaults(this Microsoft.AspNetCore.Builder.IApplicationBuilder app) => app;
                }
            }
            """;
        return BuildLibrary("Contoso.Web", source);
    }

    private static MetadataReference BuildLibrary(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.Paths.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException($"The test library {name} does not compile: " + string.Join("; ", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>A stand-in for xunit, so that a compilation looks like a test project.</summary>
    public const string XunitStub = """
        namespace Xunit
        {
            public sealed class FactAttribute : System.Attribute { }
        }
        """;

    /// <summary>A worker service: the generic host without ASP.NET Core's pipeline.</summary>
    public const string WorkerService = """
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddHostedService<Worker>();
        builder.Build().Run();

        sealed class Worker : BackgroundService
        {
            protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken) => System.Threading.Tasks.Task.CompletedTask;
        }
        """;
}
