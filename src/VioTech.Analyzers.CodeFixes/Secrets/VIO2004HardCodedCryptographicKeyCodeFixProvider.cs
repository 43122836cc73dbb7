using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Secrets;

/// <summary>Replaces the literal reported by VIO2004 with a read of configuration or of an environment variable.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO2004HardCodedCryptographicKeyCodeFixProvider))]
[Shared]
internal sealed class VIO2004HardCodedCryptographicKeyCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.HardCodedCryptographicKey);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => SecretReadCodeFix.RegisterAsync(context, RuleIds.HardCodedCryptographicKey);
}
