using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// VIO4201: <c>Environment.GetEnvironmentVariable("…")</c> with a name that the environment manifest
/// does not declare. Names are compared with case, because Linux compares them so. A name that differs
/// from a declared one only in case is reported with that hint. Silent without a manifest, for names
/// that the platform sets (see <see cref="KnownEnvironmentVariables"/>), and in test projects unless
/// <c>viotech.configuration_reads_in_tests</c> is <c>true</c>. The closest declared name, when one is
/// close, goes into the message and the diagnostic's <c>Suggestion</c> property for the code fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO4201EnvironmentVariableNotDeclaredAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property with the declared name that a code fix may write instead.</summary>
    public const string SuggestionProperty = "Suggestion";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.EnvironmentVariableNotDeclared);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var environment = start.Compilation.GetTypeByMetadataName("System.Environment");
            if (environment is null || ConfigurationAnalysis.Create(start.Compilation, start.Options, start.CancellationToken) is not { Index.HasManifest: true } analysis)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, environment, analysis), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol environment, ConfigurationAnalysis analysis)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "GetEnvironmentVariable"
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, environment)
            || invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value is not { } nameArgument
            || nameArgument.ConstantValue is not { HasValue: true, Value: string { Length: > 0 } name })
        {
            return;
        }

        var index = analysis.Index;
        if (index.Variables.Any(variable => string.Equals(variable.Name, name, StringComparison.Ordinal))
            || analysis.KnownVariables.Contains(name))
        {
            return;
        }

        var caseVariant = index.FindVariable(name)?.Name;
        var suggestion = caseVariant ?? KeySuggestions.Closest(name, index.Variables.Select(variable => variable.Name));
        var properties = suggestion is not null && nameArgument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax
            ? ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion)
            : ImmutableDictionary<string, string?>.Empty;
        var hint = caseVariant is not null
            ? AnalyzerResources.Localizable("VIO4201_CaseHint", caseVariant)
            : suggestion is not null ? AnalyzerResources.Localizable("KeySuggestionHint", suggestion) : (object)string.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Rule, nameArgument.Syntax.GetLocation(), properties, name, System.IO.Path.GetFileName(index.ManifestPath), hint));
    }
}
