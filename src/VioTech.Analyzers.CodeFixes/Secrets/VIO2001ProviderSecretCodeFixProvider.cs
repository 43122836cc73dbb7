using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Secrets;

/// <summary>Replaces the literal reported by VIO2001 with a read of configuration or of an environment variable.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO2001ProviderSecretCodeFixProvider))]
[Shared]
internal sealed class VIO2001ProviderSecretCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ProviderSecretInSource);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => SecretReadCodeFix.RegisterAsync(context, RuleIds.ProviderSecretInSource);
}
