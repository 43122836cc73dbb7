using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Transport;

/// <summary>
/// Fixes VIO1102 by inserting <c>app.UseHttpsRedirection();</c> right after the statement that
/// enables HSTS, or else before the first middleware that must follow it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1102HttpsRedirectionNotEnabledCodeFixProvider))]
[Shared]
internal sealed class VIO1102HttpsRedirectionNotEnabledCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1102_AddUseHttpsRedirection";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.HttpsRedirectionNotEnabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!PipelineStatementInsertion.CanFix(diagnostic, needsEnvironment: false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title("VIO1102_CodeFix"),
                    cancellationToken => PipelineStatementInsertion.InsertAsync(
                        context.Document, diagnostic, (application, _, _) => new[] { application + ".UseHttpsRedirection();" }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
