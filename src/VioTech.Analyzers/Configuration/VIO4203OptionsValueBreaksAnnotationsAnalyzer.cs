using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// VIO4203: a value in an <c>appsettings*.json</c> file breaks the data annotations (or the type) of the
/// options property it binds to, through <c>services.Configure&lt;T&gt;(section)</c>,
/// <c>AddOptions&lt;T&gt;().Bind(…)</c>/<c>BindConfiguration("…")</c>, <c>Bind</c> or <c>Get&lt;T&gt;</c>.
/// Each environment is judged on what it loads: <c>appsettings.{Environment}.json</c> over
/// <c>appsettings.json</c>. A value is reported at its position in the settings file, with the
/// attribute as an additional location. A <c>[Required]</c> value that no file sets is reported at the
/// binding, and only when the project has a manifest (without one, an undeclared environment variable
/// may supply it). Keys that a manifest variable, <c>.env</c> or deployment file feeds are not judged:
/// the manifest's own checks cover the variable. Nested options classes are followed three levels
/// deep; collections and dictionaries are not judged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO4203OptionsValueBreaksAnnotationsAnalyzer : DiagnosticAnalyzer
{
    private const int MaxNestingDepth = 3;

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.OptionsValueBreaksAnnotations);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ConfigurationAnalysis.Create(start.Compilation, start.Options, start.CancellationToken) is not { Types: { } types } analysis || analysis.Index.Files.Count == 0)
            {
                return;
            }

            // Two bindings of one section (Configure and Get, say) report each broken value once.
            var reported = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            start.RegisterOperationAction(operationContext => Analyze(operationContext, types, analysis, reported), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ConfigurationTypes types, ConfigurationAnalysis analysis, ConcurrentDictionary<string, bool> reported)
    {
        if (ConfigurationReads.Recognize(context.Operation, types) is not { Kind: ReadKind.Section, BoundType: INamedTypeSymbol boundType } read
            || boundType.TypeKind != TypeKind.Class || IsCollection(boundType))
        {
            return;
        }

        var environments = analysis.Index.Environments.Count == 0
            ? new string?[] { null }
            : analysis.Index.Environments.Select(environment => (string?)environment).ToArray();
        CheckType(context, analysis, types, read, boundType, read.Key, environments, reported, depth: 0);
    }

    private static void CheckType(
        OperationAnalysisContext context, ConfigurationAnalysis analysis, ConfigurationTypes types, ConfigurationRead read,
        INamedTypeSymbol type, string section, string?[] environments, ConcurrentDictionary<string, bool> reported, int depth)
    {
        foreach (var property in BindableProperties(type))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var key = section + ":" + KeyName(property, types);
            if (analysis.Lookup.IsFedByEnvironment(key))
            {
                continue;
            }

            if (property.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } nested && !IsCollection(nested)
                && nested.SpecialType == SpecialType.None && nested.ToDisplayString() != "System.Uri")
            {
                if (depth < MaxNestingDepth)
                {
                    CheckType(context, analysis, types, read, nested, key, environments, reported, depth + 1);
                }

                continue;
            }

            if (IsCollection(property.Type))
            {
                continue;
            }

            var missingIn = new List<string>();
            foreach (var environment in environments)
            {
                var setting = Effective(analysis.Index, key, environment);
                if (setting is null)
                {
                    missingIn.Add(environment ?? "appsettings.json");
                    continue;
                }

                foreach (var broken in OptionsValueChecks.Check(property, property.Type, setting))
                {
                    if (reported.TryAdd(setting.File.Path + "|" + key + "|" + broken.Expectation.ToString(), true))
                    {
                        var location = Location.Create(
                            setting.File.Path,
                            default(TextSpan),
                            new LinePositionSpan(new LinePosition(Math.Max(0, setting.Line - 1), Math.Max(0, setting.Column - 1)), new LinePosition(Math.Max(0, setting.Line - 1), Math.Max(0, setting.Column - 1))));
                        context.ReportDiagnostic(Diagnostic.Create(
                            Rule,
                            location,
                            AdditionalLocations(broken.Attribute, property),
                            AnalyzerResources.Localizable("VIO4203_InFile", key, System.IO.Path.GetFileName(setting.File.Path)),
                            broken.Expectation,
                            Describe(property),
                            broken.Reason));
                    }
                }
            }

            if (missingIn.Count > 0 && analysis.Index.HasManifest
                && OptionsValueChecks.Annotations(property).FirstOrDefault(OptionsValueChecks.IsRequired) is { } required
                && reported.TryAdd("missing|" + key, true))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    read.KeySyntax.GetLocation(),
                    AdditionalLocations(required, property),
                    AnalyzerResources.Localizable("VIO4203_NotSetFor", key, string.Join(", ", missingIn)),
                    "[Required]",
                    Describe(property),
                    AnalyzerResources.Localizable("VIO4203_Missing")));
            }
        }
    }

    /// <summary>The setting an environment loads: its own file's value over the base file's; null when neither sets the key.</summary>
    private static IndexedSetting? Effective(ConfigurationIndex index, string key, string? environment)
    {
        IndexedSetting? fromBase = null;
        foreach (var setting in index.SettingsWithKey(key))
        {
            if (environment is not null && string.Equals(setting.File.Environment, environment, StringComparison.OrdinalIgnoreCase))
            {
                return setting;
            }

            if (setting.File.Environment is null)
            {
                fromBase ??= setting;
            }
        }

        return fromBase;
    }

    private static IEnumerable<IPropertySymbol> BindableProperties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                    && property.SetMethod is not null && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>The key the binder uses: <c>[ConfigurationKeyName("…")]</c> when present, the property name otherwise.</summary>
    private static string KeyName(IPropertySymbol property, ConfigurationTypes types) =>
        property.GetAttributes()
            .FirstOrDefault(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.ConfigurationKeyNameAttribute))?
            .ConstructorArguments.FirstOrDefault().Value as string
        ?? property.Name;

    private static bool IsCollection(ITypeSymbol type) =>
        type.SpecialType != SpecialType.System_String
        && (type is IArrayTypeSymbol || type.AllInterfaces.Any(implemented => implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);

    private static IEnumerable<Location> AdditionalLocations(AttributeData? attribute, IPropertySymbol property)
    {
        var syntax = attribute?.ApplicationSyntaxReference?.GetSyntax();
        if (syntax is not null)
        {
            return new[] { syntax.GetLocation() };
        }

        return property.Locations.Where(location => location.IsInSource).Take(1);
    }

    private static string Describe(IPropertySymbol property) =>
        property.ContainingType.Name + "." + property.Name;
}
