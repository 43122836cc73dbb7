using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Secrets;

/// <summary>
/// Compiles the sample service's secret findings file and checks that every <c>// VIO200x:</c>
/// marker is followed by that diagnostic on the next code line, and that nothing else is reported.
/// </summary>
public sealed class SecretsSampleTests
{
    private const string WebProjectGlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    /// <summary>The JWT bearer package is not in the reference packs; this stand-in has the one constructor the sample uses.</summary>
    private const string IdentityModelStub = """
        namespace Microsoft.IdentityModel.Tokens
        {
            public abstract class SecurityKey { }

            public class SymmetricSecurityKey : SecurityKey
            {
                public SymmetricSecurityKey(byte[] key) { }
            }
        }
        """;

    [Fact]
    public async Task SampleFindings_MatchTheirMarkers()
    {
        var path = Path.Combine(TestReferences.RepositoryRoot, "samples", "VioTech.Api", "Findings", "SecretsFindings.cs");
        var source = await File.ReadAllTextAsync(path);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var sample = CSharpSyntaxTree.ParseText(source, parseOptions, path: path);
        var compilation = CSharpCompilation.Create(
            "VioTech.Api",
            new[] { sample, CSharpSyntaxTree.ParseText(WebProjectGlobalUsings, parseOptions), CSharpSyntaxTree.ParseText(IdentityModelStub, parseOptions) },
            TestReferences.Paths.Select(reference => MetadataReference.CreateFromFile(reference)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new VIO2001ProviderSecretAnalyzer(),
            new VIO2002HardCodedCredentialAnalyzer(),
            new VIO2003PasswordInConnectionStringAnalyzer(),
            new VIO2004HardCodedCryptographicKeyAnalyzer(),
            new VIO2005TestModeProviderKeyAnalyzer());
        var found = (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync())
            .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line))
            .ToList();

        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var expected = lines
            .Select((text, index) => (Match: Regex.Match(text, @"^\s*// (VIO200[1-5]):"), Index: index))
            .Where(marker => marker.Match.Success)
            .Select(marker => (Id: marker.Match.Groups[1].Value, Line: NextCodeLine(lines, marker.Index)))
            .ToList();

        Assert.Equal(5, expected.Select(marker => marker.Id).Distinct().Count());
        Assert.Equal(expected.OrderBy(e => e.Line).ThenBy(e => e.Id), found.OrderBy(f => f.Line).ThenBy(f => f.Id));
    }

    /// <summary>Returns the first line after the marker with a value, because a declaration may end in => and carry its value on the next line.</summary>
    private static int NextCodeLine(string[] lines, int marker)
    {
        var line = marker + 1;
        while (line + 1 < lines.Length && lines[line].TrimEnd().EndsWith("=>", StringComparison.Ordinal))
        {
            line++;
        }

        return line;
    }
}
