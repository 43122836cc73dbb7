using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// VIO2001: a live provider credential (GitHub, Stripe, Supabase service-role key, Resend, Wompi …)
/// is written in the source: in any string literal, a constant concatenation, an attribute
/// argument or a comment.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO2001ProviderSecretAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ProviderSecretInSource);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

        // Secrets need no framework type: every C# compilation is analyzed.
        context.RegisterCompilationStartAction(start => ProviderSecretReporter.Register(start, Rule, SecretCategory.Live));
    }
}
