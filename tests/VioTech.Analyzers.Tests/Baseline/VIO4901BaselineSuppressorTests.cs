using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Baseline;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Baseline;

public sealed class VIO4901BaselineSuppressorTests
{
    // The harness names the first source /0/Test0.cs; the baseline root is its folder.
    private const string Source = """
        using Microsoft.AspNetCore.Cors.Infrastructure;

        static class Policies
        {
            public static void Configure(CorsPolicyBuilder first, CorsPolicyBuilder second)
            {
                first.AllowAnyOrigin();
                second.AllowAnyOrigin().AllowAnyHeader();
            }
        }
        """;

    [Fact]
    public async Task BaselinedLine_IsSuppressed_OtherLineIsNot()
    {
        var baseline = SuppressionFile("/0", ("VIO1001", "Test0.cs", "    first.AllowAnyOrigin();   "));

        await RunAsync(
            baseline,
            DiagnosticResult.CompilerWarning("VIO1001").WithSpan("/0/Test0.cs", 7, 15, 7, 31).WithIsSuppressed(true),
            DiagnosticResult.CompilerWarning("VIO1001").WithSpan("/0/Test0.cs", 8, 16, 8, 32).WithIsSuppressed(false));
    }

    [Fact]
    public async Task OtherRuleOrFile_IsNotSuppressed()
    {
        var baseline = SuppressionFile(
            "/0",
            ("VIO3001", "Test0.cs", "first.AllowAnyOrigin();"),
            ("VIO1001", "Other.cs", "first.AllowAnyOrigin();"));

        await RunAsync(
            baseline,
            DiagnosticResult.CompilerWarning("VIO1001").WithSpan("/0/Test0.cs", 7, 15, 7, 31).WithIsSuppressed(false),
            DiagnosticResult.CompilerWarning("VIO1001").WithSpan("/0/Test0.cs", 8, 16, 8, 32).WithIsSuppressed(false));
    }

    [Fact]
    public async Task MalformedFile_SuppressesNothing()
    {
        await RunAsync(
            "not a baseline\nVIO1001\tTest0.cs\t0000",
            DiagnosticResult.CompilerWarning("VIO1001").WithSpan("/0/Test0.cs", 7, 15, 7, 31).WithIsSuppressed(false),
            DiagnosticResult.CompilerWarning("VIO1001").WithSpan("/0/Test0.cs", 8, 16, 8, 32).WithIsSuppressed(false));
    }

    [Fact]
    public void Fingerprint_IgnoresIndentationButNotContent()
    {
        Assert.Equal(BaselineFingerprint.HashLine("a  =  b;"), BaselineFingerprint.HashLine("\ta = b;  "));
        Assert.NotEqual(BaselineFingerprint.HashLine("a = b;"), BaselineFingerprint.HashLine("a = c;"));
        Assert.Matches("^[0-9a-f]{16}$", BaselineFingerprint.HashLine("a = b;"));
    }

    private static string SuppressionFile(string root, params (string Rule, string File, string Line)[] entries)
    {
        var text = BaselineFingerprint.SuppressionFileHeader + "\nroot\t" + root + "\n";
        foreach (var (rule, file, line) in entries)
        {
            text += rule + "\t" + file + "\t" + BaselineFingerprint.HashLine(line) + "\n";
        }

        return text;
    }

    private static async Task RunAsync(string suppressionFile, params DiagnosticResult[] expected)
    {
        var test = new SuppressorTest();
        test.TestState.Sources.Add(Source);
        test.TestState.AdditionalFiles.Add(("/0/" + BaselineFingerprint.SuppressionFileName, suppressionFile));
        test.ExpectedDiagnostics.AddRange(expected);
        TestHelpers.SetOutputKind(test.TestState);
        await test.RunAsync();
    }

    private sealed class SuppressorTest : Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerTestBase
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            ImmutableArray.Create<DiagnosticAnalyzer>(new VIO1001CorsAnyOriginAnalyzer(), new VIO4901BaselineSuppressor());
    }
}
