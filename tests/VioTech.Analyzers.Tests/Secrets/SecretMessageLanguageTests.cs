using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class SecretMessageLanguageTests
{
    [Fact]
    public async Task Message_FollowsTheRequestedCulture()
    {
        var key = new FakeSecrets(5).Resend();
        var tree = CSharpSyntaxTree.ParseText("static class Mail { public const string Key = \"" + key + "\"; }");
        var compilation = CSharpCompilation.Create(
            "Messages",
            new[] { tree },
            TestReferences.Paths.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await compilation
            .WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new VIO2001ProviderSecretAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);

        var english = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var spanish = diagnostic.GetMessage(new CultureInfo("es-CO"));
        Assert.StartsWith("Found a Resend API key in source (prefix re_, " + key.Length + " characters)", english, System.StringComparison.Ordinal);
        Assert.StartsWith("Se encontró una clave de API de Resend en el código fuente (prefijo re_, " + key.Length + " caracteres)", spanish, System.StringComparison.Ordinal);
        Assert.DoesNotContain(key, english, System.StringComparison.Ordinal);
        Assert.DoesNotContain(key, spanish, System.StringComparison.Ordinal);
    }
}
