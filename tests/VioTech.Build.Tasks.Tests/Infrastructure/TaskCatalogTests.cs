using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

/// <summary>Keeps task rules' texts complete and the shipped task assemblies free of dependencies a host lacks.</summary>
public sealed class TaskCatalogTests
{
    public static IEnumerable<object[]> TaskRuleIds() =>
        RuleCatalog.All.Where(rule => rule.Kind == RuleKind.Task).Select(rule => new object[] { rule.Id });

    [Theory]
    [MemberData(nameof(TaskRuleIds))]
    public void TaskRule_HasEnglishAndSpanishText(string id)
    {
        var rule = RuleCatalog.Get(id);
        var english = TaskText.Manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var spanish = TaskText.Manager.GetResourceSet(new CultureInfo("es"), true, false)!;

        foreach (var name in new[] { rule.TitleResourceName, rule.MessageResourceName, rule.DescriptionResourceName })
        {
            var englishText = english.GetString(name);
            var spanishText = spanish.GetString(name);
            Assert.False(string.IsNullOrWhiteSpace(englishText), $"{name} has no English text.");
            Assert.False(string.IsNullOrWhiteSpace(spanishText), $"{name} has no Spanish text.");
            Assert.Equal(Placeholders(englishText!), Placeholders(spanishText!));
        }
    }

    [Fact]
    public void EveryTaskResource_HasSpanishTwin()
    {
        var english = TaskText.Manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var spanish = TaskText.Manager.GetResourceSet(new CultureInfo("es"), true, false)!;

        foreach (System.Collections.DictionaryEntry entry in english)
        {
            var name = (string)entry.Key;
            Assert.False(string.IsNullOrWhiteSpace(spanish.GetString(name)), $"{name} has no Spanish text.");
            Assert.Equal(Placeholders((string)entry.Value!), Placeholders(spanish.GetString(name)!));
        }
    }

    [Theory]
    [InlineData("net472")]
    [InlineData("net8.0")]
    public void TaskAssembly_ReferencesOnlyAllowedAssemblies(string targetFramework)
    {
        // MSBuild hosts provide these; anything else must ship beside the task and be added here on purpose.
        // NOTE: the net472 build is checked here but not run: no .NET Framework MSBuild exists on Linux.
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "mscorlib", "netstandard", "System", "System.Core", "System.Runtime", "System.Collections",
            "System.Linq", "System.Text.RegularExpressions", "System.Memory", "System.Text.Json",
            "System.Runtime.InteropServices", "System.Console", "System.Resources.ResourceManager",
            "System.Runtime.Extensions", "System.IO", "System.Threading", "System.Text.Encoding.Extensions",
            "System.Collections.Concurrent", "System.Runtime.CompilerServices.Unsafe", "System.Buffers",
            "Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "VioTech.Analyzers.Core",
            "System.Threading.Tasks.Extensions", "System.Numerics.Vectors", "System.ValueTuple",
            "System.Xml", "System.Xml.Linq", "System.Xml.ReaderWriter", "System.Private.CoreLib",
            "YamlDotNet", "System.Diagnostics.Process", "System.ComponentModel.Primitives",
            "System.Threading.Thread",
        };
        var path = Path.Combine(RepositoryRoot(), "src", "VioTech.Build.Tasks", "bin", Configuration(), targetFramework, "VioTech.Build.Tasks.dll");
        Assert.True(File.Exists(path), $"Build {path} first.");

        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();

        Assert.All(references, name => Assert.Contains(name, allowed));
    }

    [Theory]
    [InlineData("net472")]
    [InlineData("net8.0")]
    public void TaskOutput_BundlesYamlDotNet(string targetFramework)
    {
        // MSBuild loads the task by path and resolves its dependencies from the same folder; no host ships YamlDotNet.
        var folder = Path.Combine(RepositoryRoot(), "src", "VioTech.Build.Tasks", "bin", Configuration(), targetFramework);

        Assert.True(File.Exists(Path.Combine(folder, "YamlDotNet.dll")), $"YamlDotNet.dll is missing from {folder}.");
        Assert.False(File.Exists(Path.Combine(folder, "Microsoft.Build.Framework.dll")), "MSBuild's own assemblies must not ship beside the task.");
    }

    private static string RepositoryRoot() => typeof(TaskCatalogTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    private static string Configuration() =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{[0-9]+\}").Select(match => match.Value).Distinct().OrderBy(value => value, StringComparer.Ordinal).ToArray();
}
