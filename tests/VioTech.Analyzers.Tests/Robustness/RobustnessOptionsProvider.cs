using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Analyzer options as a web project built with the package's targets passes them: the MSBuild
/// properties that the compiler exposes to analyzers, with the default preset.
/// </summary>
internal sealed class RobustnessOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static RobustnessOptionsProvider Instance { get; } = new();

    private static readonly AnalyzerConfigOptions Global = new DictionaryOptions(new Dictionary<string, string>
    {
        ["build_property.TargetFramework"] = "net10.0",
        ["build_property.RootNamespace"] = "VioTech.Api",
        ["build_property.ProjectDir"] = "/src/VioTech.Api/",
        ["build_property.UsingMicrosoftNETSdkWeb"] = "true",
        ["build_property.VioTechAnalysisMode"] = "Recommended",
        ["build_property.EnvironmentName"] = "Production",
    });

    private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public DictionaryOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
