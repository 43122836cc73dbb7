using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Hardening;

namespace VioTech.Analyzers.CodeFixes.Hardening;

/// <summary>
/// Base of the fixes that wrap a middleware statement in <c>if (env.IsDevelopment()) { … }</c>.
/// Offered when the analyzer marked the call as a whole, unconditional statement of the entry point
/// (one additional location) and named the environment expression to test.
/// </summary>
internal abstract class DevelopmentGuardCodeFixProvider : CodeFixProvider
{
    /// <summary>Id of the fixed rule; the equivalence key and the title resource derive from it.</summary>
    protected abstract string RuleId { get; }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleId);

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count != 1
                || !diagnostic.Properties.TryGetValue(DevelopmentOnlyMiddleware.EnvironmentProperty, out var environment)
                || string.IsNullOrEmpty(environment))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Title(RuleId + "_CodeFix"),
                    cancellationToken => DevelopmentGuardWrapper.WrapAsync(context.Document, diagnostic.AdditionalLocations[0].SourceSpan, environment!, cancellationToken),
                    RuleId + "_WrapInDevelopmentCheck"),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
