using System;
using System.Collections.Immutable;
using System.Linq;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// The environments in which a pipeline step runs, as a conjunction of environment tests:
/// either "only in these environments" or "in every environment except these", or an unknown
/// condition (a test that is not about the environment, or one that cannot be expressed).
/// </summary>
internal sealed class EnvironmentCondition
{
    public const string Development = "Development";
    public const string Production = "Production";
    public const string Staging = "Staging";

    public static readonly EnvironmentCondition Always = new(null, ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase), false);

    /// <summary>A condition that does not test the environment, or one too complex to follow.</summary>
    public static readonly EnvironmentCondition Unknown = new(null, Always.ExcludedEnvironments, true);

    private EnvironmentCondition(ImmutableHashSet<string>? onlyIn, ImmutableHashSet<string> excluded, bool hasUnknownPart)
    {
        OnlyInEnvironments = onlyIn;
        ExcludedEnvironments = excluded;
        HasUnknownPart = hasUnknownPart;
    }

    /// <summary>Environments the step is limited to, or null when it is not limited.</summary>
    public ImmutableHashSet<string>? OnlyInEnvironments { get; }

    /// <summary>Environments in which the step does not run.</summary>
    public ImmutableHashSet<string> ExcludedEnvironments { get; }

    /// <summary>True when the step also depends on a condition other than the environment.</summary>
    public bool HasUnknownPart { get; }

    public bool IsAlways => OnlyInEnvironments is null && ExcludedEnvironments.IsEmpty && !HasUnknownPart;

    /// <summary>True when the step runs in Development and nowhere else.</summary>
    public bool IsDevelopmentOnly =>
        OnlyInEnvironments is { } only && only.All(name => string.Equals(name, Development, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the step may run in some environment other than Development.</summary>
    public bool CanRunOutsideDevelopment => !IsDevelopmentOnly;

    public static EnvironmentCondition OnlyIn(string environment) =>
        new(ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, environment), Always.ExcludedEnvironments, false);

    public static EnvironmentCondition Except(string environment) =>
        new(null, ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, environment), false);

    /// <summary>Returns the condition under which both this and <paramref name="other"/> hold.</summary>
    public EnvironmentCondition And(EnvironmentCondition other)
    {
        if (IsAlways)
        {
            return other;
        }

        if (other.IsAlways)
        {
            return this;
        }

        var onlyIn = OnlyInEnvironments is null ? other.OnlyInEnvironments
            : other.OnlyInEnvironments is null ? OnlyInEnvironments
            : OnlyInEnvironments.Intersect(other.OnlyInEnvironments);
        var excluded = ExcludedEnvironments.Union(other.ExcludedEnvironments);
        if (onlyIn is not null)
        {
            onlyIn = onlyIn.Except(excluded);
        }

        return new EnvironmentCondition(onlyIn, onlyIn is null ? excluded : Always.ExcludedEnvironments, HasUnknownPart || other.HasUnknownPart);
    }

    /// <summary>Returns the negation when it can be expressed (one positive or one negative test), or <see cref="Unknown"/>.</summary>
    public EnvironmentCondition Not()
    {
        if (HasUnknownPart)
        {
            return Unknown;
        }

        if (OnlyInEnvironments is { Count: 1 } only && ExcludedEnvironments.IsEmpty)
        {
            return Except(only.First());
        }

        if (OnlyInEnvironments is null && ExcludedEnvironments.Count == 1)
        {
            return OnlyIn(ExcludedEnvironments.First());
        }

        return Unknown;
    }

    public override string ToString() =>
        IsAlways ? "always"
        : (OnlyInEnvironments is null ? string.Empty : "only " + string.Join("|", OnlyInEnvironments.OrderBy(x => x, StringComparer.Ordinal)) + " ")
          + (ExcludedEnvironments.IsEmpty ? string.Empty : "except " + string.Join("|", ExcludedEnvironments.OrderBy(x => x, StringComparer.Ordinal)) + " ")
          + (HasUnknownPart ? "when other" : string.Empty);
}
