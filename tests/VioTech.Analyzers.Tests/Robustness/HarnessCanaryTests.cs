using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.Tests.Robustness;

// The canaries are test doubles run in-process, never loaded by a compiler, so the rules for
// shipped analyzers (release tracking, no Workspaces reference, netstandard2.0) do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

/// <summary>
/// Proves that the robustness harness sees failures: an analyzer and code fixes that throw on
/// purpose must be reported, or the broken-code tests could pass without checking anything.
/// Time budget: a few seconds.
/// </summary>
public sealed class HarnessCanaryTests
{
    private const string Source = "class C { void M() { System.Console.WriteLine(1); } }";

    [Fact]
    public async Task ThrowingAnalyzer_IsReported()
    {
        var compilation = RobustnessHost.CreateCompilation(new[] { RobustnessHost.Parse(Source, "C.cs") });

        var outcome = await RobustnessHost.AnalyzeAsync(
            compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), ImmutableArray<AdditionalText>.Empty, CancellationToken.None);

        Assert.Contains(outcome.Failures, failure => failure.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrowingCodeFix_IsReported()
    {
        var failures = await RobustnessHost.RunCodeFixesAsync(
            new[] { ("C.cs", Source) },
            ImmutableArray.Create<DiagnosticAnalyzer>(new ReportingAnalyzer()),
            ImmutableArray.Create<CodeFixProvider>(new ThrowingCodeFix()),
            ImmutableArray<AdditionalText>.Empty,
            CancellationToken.None);

        Assert.Contains(failures, failure => failure.Contains(nameof(ThrowingCodeFix), StringComparison.Ordinal));
    }

    private static readonly DiagnosticDescriptor Canary = new(
        "CANARY1", "Canary", "Canary", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Canary);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => throw new InvalidOperationException("canary"), OperationKind.Invocation);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ReportingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Canary);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(c => c.ReportDiagnostic(Diagnostic.Create(Canary, c.Operation.Syntax.GetLocation())), OperationKind.Invocation);
        }
    }

    [ExportCodeFixProvider(LanguageNames.CSharp)]
    [Shared]
    private sealed class ThrowingCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Canary.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Throw", new Func<CancellationToken, Task<Document>>(_ => throw new InvalidOperationException("canary")), equivalenceKey: "Throw"),
                context.Diagnostics);
            return Task.CompletedTask;
        }
    }
}
