using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Tests.Pipeline;

public sealed class EnvironmentConditionTests
{
    [Fact]
    public void Always_RunsOutsideDevelopment()
    {
        Assert.True(EnvironmentCondition.Always.IsAlways);
        Assert.True(EnvironmentCondition.Always.CanRunOutsideDevelopment);
    }

    [Fact]
    public void IsDevelopment_IsDevelopmentOnly()
    {
        var development = EnvironmentCondition.OnlyIn(EnvironmentCondition.Development);

        Assert.True(development.IsDevelopmentOnly);
        Assert.False(development.CanRunOutsideDevelopment);
    }

    [Fact]
    public void NotDevelopment_RunsOutsideDevelopment()
    {
        var notDevelopment = EnvironmentCondition.OnlyIn(EnvironmentCondition.Development).Not();

        Assert.False(notDevelopment.IsDevelopmentOnly);
        Assert.True(notDevelopment.CanRunOutsideDevelopment);
        Assert.True(notDevelopment.Not().IsDevelopmentOnly);
    }

    [Fact]
    public void ProductionInsideNotDevelopment_RunsOutsideDevelopment()
    {
        var condition = EnvironmentCondition.Except(EnvironmentCondition.Development)
            .And(EnvironmentCondition.OnlyIn(EnvironmentCondition.Production));

        Assert.True(condition.CanRunOutsideDevelopment);
        Assert.Contains(EnvironmentCondition.Production, condition.OnlyInEnvironments!);
    }

    [Fact]
    public void DevelopmentInsideNotDevelopment_NeverRunsOutsideDevelopment()
    {
        var condition = EnvironmentCondition.Except(EnvironmentCondition.Development)
            .And(EnvironmentCondition.OnlyIn(EnvironmentCondition.Development));

        Assert.Empty(condition.OnlyInEnvironments!);
        Assert.False(condition.CanRunOutsideDevelopment);
    }

    [Fact]
    public void UnknownTest_KeepsStepReachable()
    {
        var condition = EnvironmentCondition.Unknown.And(EnvironmentCondition.Always);

        Assert.True(condition.HasUnknownPart);
        Assert.True(condition.CanRunOutsideDevelopment);
        Assert.True(condition.Not().HasUnknownPart);
    }

    [Fact]
    public void EnvironmentNames_CompareIgnoringCase()
    {
        var development = EnvironmentCondition.OnlyIn("development");

        Assert.True(development.IsDevelopmentOnly);
    }
}
