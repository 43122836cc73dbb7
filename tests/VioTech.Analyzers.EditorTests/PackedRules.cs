using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VioTech.Analyzers.EditorTests;

/// <summary>
/// The rules and code fixes that the packed package really contains, read by loading its analyzer
/// assemblies and asking each analyzer for <c>SupportedDiagnostics</c> and each code fix provider for
/// <c>FixableDiagnosticIds</c>. Tests of a rule that the package does not contain yet are skipped.
/// </summary>
internal sealed class PackedRules
{
    private readonly Dictionary<string, DiagnosticDescriptor> descriptors;
    private readonly HashSet<string> fixableIds;
    private readonly ResourceManager resources;

    private PackedRules(Dictionary<string, DiagnosticDescriptor> descriptors, HashSet<string> fixableIds, ResourceManager resources)
    {
        this.descriptors = descriptors;
        this.fixableIds = fixableIds;
        this.resources = resources;
    }

    /// <summary>Extracts <c>analyzers/dotnet/cs</c> of the package into <paramref name="folder"/> and loads it.</summary>
    public static PackedRules Load(string packagePath, string folder)
    {
        const string prefix = "analyzers/dotnet/cs/";
        using (var archive = ZipFile.OpenRead(packagePath))
        {
            foreach (var entry in archive.Entries.Where(entry => entry.FullName.StartsWith(prefix, StringComparison.Ordinal) && entry.Name.Length > 0))
            {
                var target = Path.Combine(folder, entry.FullName.Substring(prefix.Length));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }

        var context = new PackageLoadContext(folder);
        var analyzers = context.LoadFromAssemblyPath(Path.Combine(folder, "VioTech.Analyzers.dll"));
        var codeFixes = context.LoadFromAssemblyPath(Path.Combine(folder, "VioTech.Analyzers.CodeFixes.dll"));

        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var analyzer in Instances<DiagnosticAnalyzer>(analyzers, typeof(DiagnosticAnalyzerAttribute)))
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                descriptors[descriptor.Id] = descriptor;
            }
        }

        var fixableIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provider in Instances<CodeFixProvider>(codeFixes, typeof(ExportCodeFixProviderAttribute)))
        {
            fixableIds.UnionWith(provider.FixableDiagnosticIds);
        }

        return new PackedRules(descriptors, fixableIds, new ResourceManager("VioTech.Analyzers.Resources", analyzers));
    }

    public IReadOnlyCollection<string> RuleIds => descriptors.Keys;

    public bool HasRule(string id) => descriptors.ContainsKey(id);

    public bool HasFix(string id) => fixableIds.Contains(id);

    public DiagnosticDescriptor Descriptor(string id) => descriptors[id];

    /// <summary>Returns the code fix title format of a rule (resource <c>&lt;id&gt;_CodeFix</c>) in a culture, or null.</summary>
    public string? FixTitleFormat(string id, CultureInfo culture) => resources.GetString(id + "_CodeFix", culture);

    /// <summary>Returns why a test of <paramref name="id"/> cannot run yet, or null when the package has the rule.</summary>
    public string? MissingRuleReason(string id) => HasRule(id)
        ? null
        : $"{id} is not in the packed analyzers yet (SupportedDiagnostics of the package lists {string.Join(", ", descriptors.Keys.OrderBy(key => key, StringComparer.Ordinal))}).";

    private static IEnumerable<T> Instances<T>(Assembly assembly, Type exportAttribute)
        where T : class
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(T).IsAssignableFrom(type) || type.GetCustomAttributes(exportAttribute, inherit: false).Length == 0)
            {
                continue;
            }

            yield return (T)Activator.CreateInstance(type, nonPublic: true)!;
        }
    }

    /// <summary>
    /// Loads the package's own assemblies from its folder and leaves Microsoft.CodeAnalysis to the
    /// test host, as a compiler host does, so that the descriptor types are the host's.
    /// </summary>
    private sealed class PackageLoadContext : AssemblyLoadContext
    {
        private readonly string folder;

        public PackageLoadContext(string folder)
            : base("VioTech.Analyzers package")
        {
            this.folder = folder;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return assemblyName.CultureName is null or "" && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
