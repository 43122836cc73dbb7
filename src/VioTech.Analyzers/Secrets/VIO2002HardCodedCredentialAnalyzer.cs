using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// VIO2002: a literal value is given to a name that says it holds a credential (<c>password</c>,
/// <c>clientSecret</c>, <c>"Jwt:Secret"</c> …), and the value is neither a placeholder nor text.
/// Test projects are skipped unless <c>viotech_secrets_generic_in_tests = true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO2002HardCodedCredentialAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HardCodedCredential);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var options = new SecretAnalyzerOptions.Cache(start.Options, start.Compilation);
            CredentialSites.Register(start, (value, report) => Analyze(value, report, options));
        });
    }

    private static void Analyze(NamedValue value, System.Action<Diagnostic> report, SecretAnalyzerOptions.Cache cache)
    {
        var options = cache.Get(value.Syntax.SyntaxTree);
        if (cache.IsTestProject && !options.GenericInTests)
        {
            return;
        }

        var finding = CredentialDetector.Evaluate(value.Name, value.Value, options.CredentialWords);
        if (finding is null || options.IsAllowed(value.Value) || SecretScanner.ScanNamed(value.Name, value.Value) is not null)
        {
            return;
        }

        var (environmentVariable, configurationKey) = CredentialNames.Conventional(value.Name, value.Qualifier);
        report(Diagnostic.Create(
            Rule,
            value.Syntax.GetLocation(),
            SecretFixProperties.Create(environmentVariable, configurationKey, value.Fixable),
            value.Name,
            new LocalizedText(finding.KindText, finding.KindTextSpanish),
            new LocalizedText(finding.Redacted, finding.RedactedSpanish)));
    }
}
