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
/// Weakly keyed caches (<see cref="ConditionalWeakTable{TKey, TValue}"/>) are allowed when their
/// key is a Roslyn object that dies with its compilation, such as a syntax tree. A static field of
/// one of the package's own types, such as a cache wrapper, is checked through its instance fields
/// by the same rules. Arrays are allowed because they are used as constant tables; filling one at
/// run time would escape this check. Time budget: under a second.
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

    [Fact]
    public void PackageTypes_StaticCachesAreWeaklyKeyed()
    {
        var offenders = PackageTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral)
            .SelectMany(field => HeldStateOffenders(field.FieldType, $"{field.DeclaringType!.FullName}.{field.Name}", depth: 0))
            .ToList();

        Assert.True(offenders.Count == 0, "Static state survives compilations in: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData(typeof(ConditionalWeakTable<Microsoft.CodeAnalysis.SyntaxTree, object>), 0)]
    [InlineData(typeof(ConditionalWeakTable<Microsoft.CodeAnalysis.Compilation, object>), 0)]
    [InlineData(typeof(ConditionalWeakTable<string, object>), 1)]
    [InlineData(typeof(ConditionalWeakTable<object, object>), 1)]
    [InlineData(typeof(MutableHolder), 1)]
    [InlineData(typeof(ListHolder), 1)]
    [InlineData(typeof(WeakHolder), 0)]
    public void HeldStateOffenders_ClassifiesTypes(Type type, int expected)
    {
        Assert.Equal(expected, HeldStateOffenders(type, "field", depth: 0).Count());
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

    /// <summary>
    /// Lists what a static field of <paramref name="type"/> would keep between compilations: a weak
    /// table keyed by anything but a Roslyn object that dies with its compilation, and, inside the
    /// package's own types, instance fields that are not readonly or hold a mutable collection.
    /// </summary>
    private static IEnumerable<string> HeldStateOffenders(Type type, string path, int depth)
    {
        if (IsGeneric(type, typeof(ConditionalWeakTable<,>)))
        {
            var key = type.GetGenericArguments()[0];
            if (!AllowedWeakKeys.Any(allowed => allowed.IsAssignableFrom(key)))
            {
                yield return $"{path} (weak table keyed by {key.Name}, which may outlive a compilation)";
            }

            yield break;
        }

        if (depth > 4 || !IsCheckedDeclaringAssembly(type.Assembly) || type.IsEnum || type.IsPrimitive)
        {
            yield break;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var fieldPath = path + "." + field.Name;
            if (!field.IsInitOnly || IsMutableCollection(field.FieldType))
            {
                yield return $"{fieldPath} ({field.FieldType.Name})";
                continue;
            }

            foreach (var offender in HeldStateOffenders(field.FieldType, fieldPath, depth + 1))
            {
                yield return offender;
            }
        }
    }

    /// <summary>
    /// Roslyn objects that a compilation owns, so a weak table keyed by one is emptied when the
    /// compilation goes away, and the immutable text of an additional file, from which a cached value
    /// is computed alone (the configuration index).
    /// </summary>
    private static readonly Type[] AllowedWeakKeys =
    {
        typeof(Microsoft.CodeAnalysis.SyntaxTree),
        typeof(Microsoft.CodeAnalysis.Compilation),
        typeof(Microsoft.CodeAnalysis.SemanticModel),
        typeof(Microsoft.CodeAnalysis.Text.SourceText),
    };

    private static bool IsCheckedDeclaringAssembly(Assembly assembly) =>
        assembly == PackageComponents.AnalyzerAssembly || assembly == PackageComponents.CodeFixAssembly || assembly == typeof(StaticStateTests).Assembly;

    private sealed class MutableHolder
    {
        private object? state = null;

        public object? State => state;
    }

    private sealed class ListHolder
    {
        private readonly List<string> items = new();

        public int Count => items.Count;
    }

    private sealed class WeakHolder
    {
        private readonly ConditionalWeakTable<Microsoft.CodeAnalysis.SyntaxTree, object> table = new();

        public ConditionalWeakTable<Microsoft.CodeAnalysis.SyntaxTree, object> Table => table;
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
