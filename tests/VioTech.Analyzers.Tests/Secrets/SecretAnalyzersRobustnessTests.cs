using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class SecretAnalyzersRobustnessTests
{
    public static TheoryData<string> BrokenSources()
    {
        var fake = new FakeSecrets(99);
        return new TheoryData<string>
        {
            string.Empty,
            "class C { string Password = \"" + fake.Password(),
            "class C { void M() { var key = new System.Security.Cryptography.HMACSHA256(",
            "class C { void M(string password) { if (password == ) { } } }",
            "class C { const string A = \"sk_\" + ; }",
            "[Obsolete(\"" + fake.Resend() + "\"",
            "class C { void M() { var d = new System.Collections.Generic.Dictionary<string, string> { [\"Jwt:Secret\"] = } } }",
            "class C { string M() => $\"Host=db.example.com;Password={\"; }",
            "class C { System.ReadOnlySpan<byte> K => \"" + fake.StripeLive() + "\"u",
            "/* " + fake.PrivateKeyPem("RSA ", "\n"),
            "class C { void M(System.Security.Cryptography.Aes aes) { aes.Key = new byte[] { 1, 2, ",
        };
    }

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task BrokenCode_NeverThrows(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Broken",
            new[] { tree },
            TestReferences.Paths.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new VIO2001ProviderSecretAnalyzer(),
            new VIO2002HardCodedCredentialAnalyzer(),
            new VIO2003PasswordInConnectionStringAnalyzer(),
            new VIO2004HardCodedCryptographicKeyAnalyzer(),
            new VIO2005TestModeProviderKeyAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
