using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// VIO4202: code reads a configuration key (see <see cref="ConfigurationReads"/>) that no settings file
/// sets and no manifest variable, <c>.env</c> or deployment file feeds. Not reported: reads that supply
/// a default, keys under a section bound as a dictionary, keys that a provider's prefix maps a declared
/// variable to, and platform variables. A project that adds a provider whose keys the build cannot
/// read (Key Vault, App Configuration, in-memory collections, other files) gets no report at all,
/// and neither does one without settings files and manifest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO4202ConfigurationKeyNotFoundAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property with the text that a code fix may write into the key's literal instead.</summary>
    public const string SuggestionProperty = VIO4201EnvironmentVariableNotDeclaredAnalyzer.SuggestionProperty;

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ConfigurationKeyNotFound);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ConfigurationAnalysis.Create(start.Compilation, start.Options, start.CancellationToken) is not { Types: { } types } analysis
                || analysis.Index.Files.Count == 0 && !analysis.Index.HasManifest)
            {
                return;
            }

            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, types, analysis),
                OperationKind.Invocation,
                OperationKind.PropertyReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ConfigurationTypes types, ConfigurationAnalysis analysis)
    {
        if (ConfigurationReads.Recognize(context.Operation, types) is not { HasDefault: false } read
            || analysis.Lookup.HasSource(read.Key)
            || analysis.Lookup.OpaqueProvider is not null)
        {
            return;
        }

        // A key that differs only in separators (Jwt:Secret and JWT_SECRET) follows another naming
        // convention rather than being misspelt, so it is not suggested: the fix would not be the intent.
        var flatKey = Flatten(read.Key);
        var suggestion = KeySuggestions.Closest(read.Key, analysis.Lookup.KnownKeys().Where(key => Flatten(key) != flatKey));
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (suggestion is not null && read.IsLiteral && suggestion.StartsWith(read.LiteralPrefix, StringComparison.OrdinalIgnoreCase))
        {
            properties = properties.Add(SuggestionProperty, suggestion.Substring(read.LiteralPrefix.Length));
        }

        var files = analysis.Index.Files.Count == 0
            ? (object)AnalyzerResources.Localizable("VIO4202_NoSettingsFiles")
            : string.Join(", ", analysis.Index.Files.Select(file => System.IO.Path.GetFileName(file.Path)).Distinct(StringComparer.OrdinalIgnoreCase));
        var hint = suggestion is not null ? AnalyzerResources.Localizable("KeySuggestionHint", suggestion) : (object)string.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Rule, read.KeySyntax.GetLocation(), properties, read.Key, files, hint));
    }

    private static string Flatten(string key) => key.Replace(":", string.Empty).Replace("_", string.Empty).ToUpperInvariant();
}
