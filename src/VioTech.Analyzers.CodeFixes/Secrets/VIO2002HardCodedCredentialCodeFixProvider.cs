using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Secrets;

/// <summary>Replaces the literal reported by VIO2002 with a read of configuration or of an environment variable.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO2002HardCodedCredentialCodeFixProvider))]
[Shared]
internal sealed class VIO2002HardCodedCredentialCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.HardCodedCredential);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => SecretReadCodeFix.RegisterAsync(context, RuleIds.HardCodedCredential);
}
