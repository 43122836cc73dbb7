using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Tests.Catalog;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Logging;

/// <summary>
/// Runs a logging code fix through the standard harness (one fix at a time, then Fix All in
/// document, project and solution scope), then checks that the fixed sources compile and that no
/// logging analyzer reports anything in them, so that a fix never trades one finding for another.
/// </summary>
internal static class LoggingFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task CodeFixAsync(string source, string fixedSource) =>
        CodeFixAsync(new[] { source }, new[] { fixedSource });

    public static async Task CodeFixAsync(string[] sources, string[] fixedSources)
    {
        await Verify<TAnalyzer, TCodeFix>.CodeFixAsync(sources, fixedSources);
        await FixedOutput.AssertCleanAsync(fixedSources);
    }
}

/// <summary>Compiles sources and runs every logging analyzer (VIO3xxx) over them.</summary>
internal static class FixedOutput
{
    public static async Task AssertCleanAsync(params string[] sources)
    {
        var diagnostics = await LoggingDiagnosticsAsync(sources);

        Assert.True(diagnostics.IsEmpty, "The fixed code still has diagnostics:\n" + string.Join("\n", diagnostics));
    }

    /// <summary>Returns the compiler errors, the logging diagnostics and any analyzer failure (AD0001) of <paramref name="sources"/>.</summary>
    public static Task<ImmutableArray<Diagnostic>> LoggingDiagnosticsAsync(params string[] sources)
    {
        var analyzers = RuleCatalogTests.AllAnalyzers()
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id.StartsWith("VIO3", System.StringComparison.Ordinal)))
            .ToImmutableArray();
        return DiagnosticsAsync(analyzers, sources);
    }

    /// <summary>Runs <paramref name="analyzers"/> over <paramref name="sources"/>, reporting analyzer exceptions as AD0001.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Fixed{index}.cs"));
        var compilation = CSharpCompilation.Create(
            "FixedOutput",
            trees,
            TestReferences.Paths.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // GetAllDiagnosticsAsync leaves analyzer exceptions out, so they are collected here.
        var failures = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (_, _, diagnostic) => failures.Add(diagnostic),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var all = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        return all
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Id.StartsWith("VIO3", System.StringComparison.Ordinal) || diagnostic.Id == "AD0001")
            .Concat(failures)
            .ToImmutableArray();
    }
}

public sealed class FixedOutputTests
{
    [Fact]
    public async Task Checker_FindsLoggingDiagnostics()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger)
            {
                public void Fail(int id) => logger.LogWarning($"Payment {id} failed for {{UserEmail}}", id);
            }
            """;

        var diagnostics = await FixedOutput.LoggingDiagnosticsAsync(source);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "VIO3001");
    }

    [Fact]
    public async Task Checker_FindsCompilerErrors()
    {
        var diagnostics = await FixedOutput.LoggingDiagnosticsAsync("class Broken { void Run() => Missing(); }");

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "CS0103");
    }

    [Fact]
    public async Task Checker_AcceptsCleanLoggingCode()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger)
            {
                public void Fail(int id) => logger.LogWarning("Payment {PaymentId} failed", id);
            }
            """;

        await FixedOutput.AssertCleanAsync(source);
    }
}

public sealed class LoggingRobustnessTests
{
    [Fact]
    public async Task Checker_ReportsAnalyzerExceptions()
    {
        var diagnostics = await FixedOutput.DiagnosticsAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), "class A { }");

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    [Theory]
    [InlineData("logger.LogInformation($\"Payment {id);")]
    [InlineData("logger.LogInformation(;")]
    [InlineData("logger.LogError(ex, \"Payment {\" + , id);")]
    [InlineData("logger.LogInformation(string.Format(), id);")]
    [InlineData("logger.LogInformation(message: , args: null);")]
    [InlineData("serilog.Information(\"{0} {1\", id.ToString(), );")]
    [InlineData("nlog.Info(ex.Message.ToString(, 1);")]
    [InlineData("Console.WriteLine(\"{0}\", );")]
    [InlineData("try { } catch (Exception) { logger.LogError(); }")]
    [InlineData("logger.LogInformation(\"{Password}\", configuration[]);")]
    public async Task HalfTypedCode_DoesNotCrashAnalyzers(string statement)
    {
        var source = $$"""
            using System;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;

            class Broken(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog, IConfiguration configuration)
            {
                public void Run(int id, Exception ex)
                {
                    {{statement}}
                }
            }
            """;

        var diagnostics = await FixedOutput.LoggingDiagnosticsAsync(source);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}

// A deliberately failing analyzer that proves the checker above sees analyzer exceptions. It is
// never loaded by a compiler, so the rules for shipped analyzers do not apply to it.
#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1038, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    // The driver skips an analyzer without an enabled descriptor, so it needs one to run at all.
    private static readonly DiagnosticDescriptor Rule = new("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxTreeAction(_ => throw new System.InvalidOperationException("Deliberate failure."));
}
#pragma warning restore RS1001, RS1025, RS1026, RS1036, RS1038, RS1041, RS2008
