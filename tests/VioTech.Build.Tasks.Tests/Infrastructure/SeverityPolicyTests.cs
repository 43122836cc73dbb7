using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

public sealed class SeverityPolicyTests
{
    private static readonly RuleInfo Rule = RuleCatalog.Get(RuleIds.InvalidConfigurationSyntax);

    [Fact]
    public void NoConfiguration_UsesDescriptorDefault()
    {
        var policy = new SeverityPolicy(null, null, null, treatWarningsAsErrors: false);

        Assert.Equal(EffectiveSeverity.Warning, policy.Resolve(Rule));
    }

    [Fact]
    public void HigherGlobalLevel_Wins()
    {
        using var folder = new TempFolder();
        var preset = folder.Write("preset.globalconfig", "is_global = true\nglobal_level = -100\ndotnet_diagnostic.VIO4001.severity = error\n");
        var user = folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.VIO4001.severity = suggestion # lowered\n");
        var policy = new SeverityPolicy(null, null, null, false);

        policy.AddGlobalConfig(user);
        policy.AddGlobalConfig(preset);

        Assert.Equal(EffectiveSeverity.Suggestion, policy.Resolve(Rule));
    }

    [Fact]
    public void IdKey_WinsOverCategoryKey()
    {
        using var folder = new TempFolder();
        var config = folder.Write("a.globalconfig",
            "is_global = true\ndotnet_analyzer_diagnostic.category-VioTech.Configuration.severity = none\ndotnet_diagnostic.VIO4001.severity = warning\n");
        var policy = new SeverityPolicy(null, null, null, false);

        policy.AddGlobalConfig(config);

        Assert.Equal(EffectiveSeverity.Warning, policy.Resolve(Rule));
    }

    [Fact]
    public void CategoryKey_AppliesWithoutIdKey()
    {
        using var folder = new TempFolder();
        var config = folder.Write("a.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-VioTech.Configuration.severity = none\n");
        var policy = new SeverityPolicy(null, null, null, false);

        policy.AddGlobalConfig(config);

        Assert.Equal(EffectiveSeverity.None, policy.Resolve(Rule));
    }

    [Fact]
    public void KeysInFileSections_AreIgnored()
    {
        using var folder = new TempFolder();
        var config = folder.Write("a.globalconfig", "is_global = true\n[*.cs]\ndotnet_diagnostic.VIO4001.severity = none\n");
        var policy = new SeverityPolicy(null, null, null, false);

        policy.AddGlobalConfig(config);

        Assert.Equal(EffectiveSeverity.Warning, policy.Resolve(Rule));
    }

    [Theory]
    [InlineData("VIO4001", null, null, false, EffectiveSeverity.None)]
    [InlineData("CS1591;vio4001", null, null, true, EffectiveSeverity.None)]
    [InlineData(null, null, null, true, EffectiveSeverity.Error)]
    [InlineData(null, "VIO4001", null, false, EffectiveSeverity.Error)]
    [InlineData(null, null, "VIO4001", true, EffectiveSeverity.Warning)]
    [InlineData(null, "VIO4001", "VIO4001", false, EffectiveSeverity.Warning)]
    public void MsBuildProperties_ApplyAsTheCompilerDoes(string? noWarn, string? asErrors, string? notAsErrors, bool treatAsErrors, EffectiveSeverity expected)
    {
        var policy = new SeverityPolicy(noWarn, asErrors, notAsErrors, treatAsErrors);

        Assert.Equal(expected, policy.Resolve(Rule));
    }

    [Fact]
    public void NoWarn_RemovesConfiguredError()
    {
        using var folder = new TempFolder();
        var config = folder.Write("a.globalconfig", "is_global = true\ndotnet_diagnostic.VIO4001.severity = error\n");
        var policy = new SeverityPolicy("VIO4001", null, null, false);

        policy.AddGlobalConfig(config);

        Assert.Equal(EffectiveSeverity.None, policy.Resolve(Rule));
    }

    [Fact]
    public void TreatWarningsAsErrors_LeavesSuggestionsAlone()
    {
        using var folder = new TempFolder();
        var config = folder.Write("a.globalconfig", "is_global = true\ndotnet_diagnostic.VIO4001.severity = suggestion\n");
        var policy = new SeverityPolicy(null, null, null, true);

        policy.AddGlobalConfig(config);

        Assert.Equal(EffectiveSeverity.Suggestion, policy.Resolve(Rule));
    }
}
