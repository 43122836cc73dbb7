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
/// Fixes VIO1101 by inserting <c>if (!env.IsDevelopment()) { app.UseHsts(); }</c> before the
/// first middleware that must follow HSTS (HTTPS redirection, static files, routing, CORS,
/// authentication, endpoints), or before <c>app.Run()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1101HstsNotEnabledCodeFixProvider))]
[Shared]
internal sealed class VIO1101HstsNotEnabledCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "VIO1101_AddGuardedUseHsts";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.HstsNotEnabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!PipelineStatementInsertion.CanFix(diagnostic, needsEnvironment: true))
            {
                continue;
            }

            var title = CodeFixResources.Title("VIO1101_CodeFix");
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => PipelineStatementInsertion.InsertAsync(context.Document, diagnostic, BuildLines, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static string[] BuildLines(string application, string environment, string indentation) => new[]
    {
        "if (!" + environment + ".IsDevelopment())",
        "{",
        "    " + application + ".UseHsts();",
        "}",
    };
}
