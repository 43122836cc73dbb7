using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Hardening;

namespace VioTech.Analyzers.CodeFixes.Hardening;

/// <summary>
/// Fixes VIO1301 by wrapping the statement in <c>if (env.IsDevelopment()) { … }</c>. Offered
/// when the call is a whole statement of the entry point that runs unconditionally.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1301DeveloperErrorPagesOutsideDevelopmentCodeFixProvider))]
[Shared]
internal sealed class VIO1301DeveloperErrorPagesOutsideDevelopmentCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1301_WrapInDevelopmentCheck";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.DeveloperErrorPagesOutsideDevelopment);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count != 1
                || !diagnostic.Properties.TryGetValue(VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer.EnvironmentProperty, out var environment)
                || string.IsNullOrEmpty(environment))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO1301_CodeFix"),
                    cancellationToken => DevelopmentGuardWrapper.WrapAsync(context.Document, diagnostic.AdditionalLocations[0].SourceSpan, environment!, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
