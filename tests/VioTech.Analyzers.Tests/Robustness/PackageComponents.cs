using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.CodeFixes.Infrastructure;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and code fix of the package, found by reflection over the two assemblies, so that
/// rules added later are covered by the robustness tests without being listed anywhere.
/// </summary>
internal static class PackageComponents
{
    public static Assembly AnalyzerAssembly => typeof(AnalyzerResources).Assembly;

    public static Assembly CodeFixAssembly => typeof(CodeFixResources).Assembly;

    public static IReadOnlyList<Type> AnalyzerTypes { get; } = ConcreteTypes<DiagnosticAnalyzer>(AnalyzerAssembly);

    public static IReadOnlyList<Type> CodeFixTypes { get; } = ConcreteTypes<CodeFixProvider>(CodeFixAssembly);

    /// <summary>Creates fresh analyzer instances, as the compiler does for each compilation.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type, nonPublic: true)!).ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CreateCodeFixes() =>
        CodeFixTypes.Select(type => (CodeFixProvider)Activator.CreateInstance(type, nonPublic: true)!).ToImmutableArray();

    private static IReadOnlyList<Type> ConcreteTypes<TBase>(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(TBase).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
}
