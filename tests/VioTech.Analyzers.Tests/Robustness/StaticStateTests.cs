using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// No type of the analyzer or code fix assemblies keeps state between compilations: no static
/// field that can be reassigned, and no static readonly field of a mutable collection type.
/// Weakly keyed caches (<see cref="ConditionalWeakTable{TKey, TValue}"/>) are allowed. Arrays
/// are allowed because they are used as constant tables; filling one at run time would escape
/// this check. Time budget: under a second.
/// </summary>
public sealed class StaticStateTests
{
    [Fact]
    public void PackageTypes_HaveNoMutableStaticFields()
    {
        var offenders = PackageTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral)
            .Where(field => !field.IsInitOnly || IsMutableCollection(field.FieldType))
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name} ({field.FieldType.Name})")
            .ToList();

        Assert.True(offenders.Count == 0, "Static state survives compilations in: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData(typeof(List<string>), true)]
    [InlineData(typeof(Dictionary<string, int>), true)]
    [InlineData(typeof(System.Collections.Concurrent.ConcurrentDictionary<string, int>), true)]
    [InlineData(typeof(IDictionary<string, int>), true)]
    [InlineData(typeof(ImmutableArray<string>), false)]
    [InlineData(typeof(ImmutableHashSet<string>), false)]
    [InlineData(typeof(IReadOnlyList<string>), false)]
    [InlineData(typeof(ConditionalWeakTable<object, object>), false)]
    [InlineData(typeof(string[]), false)]
    public void IsMutableCollection_ClassifiesTypes(Type type, bool expected)
    {
        Assert.Equal(expected, IsMutableCollection(type));
    }

    [Fact]
    public void PackageTypes_AreDiscovered()
    {
        Assert.Contains(PackageTypes(), type => type.Name == "VIO1001CorsAnyOriginAnalyzer");
    }

    private static IEnumerable<Type> PackageTypes() =>
        new[] { PackageComponents.AnalyzerAssembly, PackageComponents.CodeFixAssembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !IsCompilerGenerated(type));

    /// <summary>
    /// Returns whether the compiler made the type or one that contains it: lambda caches (<c>&lt;&gt;c</c>),
    /// iterator and async state machines. Auto-property backing fields are not skipped, because
    /// <c>static List&lt;T&gt; Cache { get; set; }</c> is state like any field.
    /// </summary>
    private static bool IsCompilerGenerated(Type type)
    {
        for (Type? current = type; current is not null; current = current.DeclaringType)
        {
            if (current.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || current.Name.StartsWith('<'))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsMutableCollection(Type type)
    {
        if (type.IsArray || type.Namespace == "System.Collections.Immutable" || IsGeneric(type, typeof(ConditionalWeakTable<,>)))
        {
            return false;
        }

        var mutableDefinitions = new[]
        {
            typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>), typeof(System.Collections.Concurrent.IProducerConsumerCollection<>),
        };
        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        return interfaces.Any(candidate => candidate.IsGenericType && mutableDefinitions.Contains(candidate.GetGenericTypeDefinition()))
            || typeof(IList).IsAssignableFrom(type)
            || typeof(IDictionary).IsAssignableFrom(type);
    }

    private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;
}
