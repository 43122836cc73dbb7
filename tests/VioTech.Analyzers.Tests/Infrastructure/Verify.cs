using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace VioTech.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer over test sources written with <c>{|VIO1001:…|}</c> markup.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(new[] { source }, expected);

    public static async Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        TestHelpers.SetOutputKind(test.TestState);
        await test.RunAsync();
    }

    /// <summary>Analyzer test preconfigured with the offline references and an ASP.NET Core-like compilation.</summary>
    public sealed class AnalyzerTest : AnalyzerTestBase
    {
    }

    /// <summary>Base of analyzer tests that add analyzers or suppressors by overriding <c>GetDiagnosticAnalyzers</c>.</summary>
    public class AnalyzerTestBase : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTestBase()
        {
            TestHelpers.Configure(TestState, this);
        }
    }
}

/// <summary>Runs an analyzer and its code fix, one fix at a time and with Fix All.</summary>
internal static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task CodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        CodeFixAsync(new[] { source }, new[] { fixedSource }, expected);

    public static async Task CodeFixAsync(string[] sources, string[] fixedSources, params DiagnosticResult[] expected)
    {
        var test = new CodeFixTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var fixedSource in fixedSources)
        {
            test.FixedState.Sources.Add(fixedSource);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        TestHelpers.SetOutputKind(test.TestState);
        await test.RunAsync();
    }

    /// <summary>
    /// Code fix test preconfigured with the offline references. The harness applies the fix one
    /// diagnostic at a time, then with Fix All in document, project and solution scope, and checks
    /// each result against the fixed state.
    /// </summary>
    public sealed class CodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public CodeFixTest()
        {
            TestHelpers.Configure(TestState, this);
        }
    }
}

internal static class TestHelpers
{
    public static void Configure<TVerifier>(SolutionState state, AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        foreach (var path in TestReferences.Paths)
        {
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(path));
        }

    }

    /// <summary>
    /// Sets the output kind from the sources: top-level statements need an executable, and a
    /// library is the default otherwise, so that tests need not add a Main method.
    /// </summary>
    public static void SetOutputKind(SolutionState state)
    {
        var hasTopLevelStatements = state.Sources.Any(source =>
            CSharpSyntaxTree.ParseText(source.content).GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any());
        state.OutputKind = hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
    }
}
