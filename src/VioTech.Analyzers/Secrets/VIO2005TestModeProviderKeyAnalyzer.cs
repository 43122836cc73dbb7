using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// VIO2005: a test-mode provider key (Stripe <c>sk_test_</c>/<c>rk_test_</c>, Wompi <c>prv_test_</c>,
/// <c>test_integrity_</c>, <c>test_events_</c>) is written in the source. It runs in test projects too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO2005TestModeProviderKeyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.TestModeProviderKey);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => ProviderSecretReporter.Register(start, Rule, SecretCategory.TestMode));
    }
}
