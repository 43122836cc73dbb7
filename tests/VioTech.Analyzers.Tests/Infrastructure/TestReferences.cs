using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Testing;

namespace VioTech.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compilation references for test sources: the SDK's own .NET and ASP.NET Core reference packs
/// (found next to the running runtime, so no download is needed) plus the logging libraries
/// that this test project references.
/// </summary>
internal static class TestReferences
{
    private const string TargetFramework = "net10.0";

    public static ReferenceAssemblies ReferenceAssemblies { get; } = new(TargetFramework);

    public static ImmutableArray<string> Paths { get; } = Resolve();

    /// <summary>Folder at the top of the repository, for tests that read docs and build files.</summary>
    public static string RepositoryRoot { get; } = typeof(TestReferences).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .OfType<System.Reflection.AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    private static ImmutableArray<string> Resolve()
    {
        // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>/.
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var paths = new List<string>();
        paths.AddRange(PackAssemblies(dotnetRoot, "Microsoft.NETCore.App.Ref"));
        paths.AddRange(PackAssemblies(dotnetRoot, "Microsoft.AspNetCore.App.Ref"));
        paths.Add(typeof(Serilog.Log).Assembly.Location);
        paths.Add(typeof(NLog.LogManager).Assembly.Location);
        return paths.ToImmutableArray();
    }

    private static IEnumerable<string> PackAssemblies(string dotnetRoot, string packName)
    {
        var packRoot = Path.Combine(dotnetRoot, "packs", packName);
        var folder = Directory.Exists(packRoot)
            ? Directory.GetDirectories(packRoot)
                .Select(versionFolder => Path.Combine(versionFolder, "ref", TargetFramework))
                .Where(Directory.Exists)
                .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        if (folder is null)
        {
            throw new InvalidOperationException(
                $"The reference pack {packName} for {TargetFramework} was not found under {packRoot}; the tests need the .NET 10 SDK.");
        }

        return Directory.GetFiles(folder, "*.dll");
    }
}
