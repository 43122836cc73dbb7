using System;
using System.IO;
using System.Linq;
using System.Text;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Catalog;

/// <summary>
/// The preset global configs in <c>build/presets</c> are generated from the registry. When a rule
/// changes, run the tests with <c>VIOTECH_UPDATE_PRESETS=1</c> to rewrite them, and review the diff.
/// </summary>
public sealed class PresetTests
{
    [Theory]
    [InlineData(AnalysisMode.Minimum)]
    [InlineData(AnalysisMode.Recommended)]
    [InlineData(AnalysisMode.All)]
    [InlineData(AnalysisMode.Audit)]
    public void Preset_MatchesRegistry(AnalysisMode mode)
    {
        var path = Path.Combine(TestReferences.RepositoryRoot, "build", "presets", $"VioTech.{mode}.globalconfig");
        var expected = Render(mode);

        if (Environment.GetEnvironmentVariable("VIOTECH_UPDATE_PRESETS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"Missing {path}; run the tests with VIOTECH_UPDATE_PRESETS=1.");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Render(AnalysisMode mode)
    {
        var text = new StringBuilder();
        text.Append("# VioTech.Analyzers preset '").Append(mode).Append("', selected by <VioTechAnalysisMode>.\n");
        text.Append("# Generated from the rule registry by PresetTests; do not edit by hand.\n");
        text.Append("# Its level is below every user configuration, so .editorconfig and .globalconfig files win.\n");
        text.Append("is_global = true\n");
        text.Append("global_level = -100\n\n");
        foreach (var rule in RuleCatalog.All)
        {
            text.Append("# ").Append(rule.Id).Append(' ').Append(rule.Kind == RuleKind.Task ? "(MSBuild task)" : "(analyzer)").Append('\n');
            text.Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ")
                .Append(rule.SeverityIn(mode).ToString().ToLowerInvariant()).Append('\n');
        }

        foreach (var line in RuleCatalog.ReplacedSdkRules.Where(pair => RuleCatalog.Get(pair.Value).SeverityIn(mode) != EffectiveSeverity.None))
        {
            text.Append("# ").Append(line.Key).Append(" is covered by ").Append(line.Value).Append('\n');
            text.Append("dotnet_diagnostic.").Append(line.Key).Append(".severity = none\n");
        }

        return text.ToString();
    }
}
