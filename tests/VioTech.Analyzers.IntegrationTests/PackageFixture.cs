using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace VioTech.Analyzers.IntegrationTests;

/// <summary>
/// Packs the package once per test run with a unique version into a temporary feed, with an
/// isolated NuGet packages folder, because NuGet would otherwise reuse a stale copy of a repacked version.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot").Value!;
        var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "-" + Guid.NewGuid().ToString("N").Substring(0, 6);
        Root = Path.Combine(Path.GetTempPath(), "viotech-it", runId);
        Feed = Path.Combine(Root, "feed");
        NuGetPackages = Path.Combine(Root, "packages");
        Version = "0.1.0-it." + runId.Replace("-", ".", StringComparison.Ordinal);
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(NuGetPackages);

        var project = Path.Combine(RepositoryRoot, "src", "VioTech.Analyzers.Package", "VioTech.Analyzers.Package.csproj");
        Dotnet.Result pack;
        using (AcquirePackLock(TimeSpan.FromMinutes(15)))
        {
            pack = Dotnet.Run(
                RepositoryRoot,
                new[] { "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false" },
                // The pack restores the repository's own projects with the machine's NuGet folder, as the
                // outer test build did. The isolated folder would rewrite their project.assets.json under a
                // build that runs in parallel, so only the test projects that consume the package use it.
                nugetPackages: null,
                timeout: TimeSpan.FromMinutes(10));
        }

        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack);
        }

        PackagePath = Path.Combine(Feed, $"VioTech.Analyzers.{Version}.nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}:\n{pack}");
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>Temporary folder of this run: feed, packages and the test projects.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string NuGetPackages { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>
    /// Takes a lock file shared by every test assembly of the machine. `dotnet test` runs test
    /// assemblies in parallel, and each pack builds the same src projects into bin/Release, so two
    /// packs at once would write the same files.
    /// </summary>
    private static FileStream AcquirePackLock(TimeSpan timeout)
    {
        var path = Path.Combine(Path.GetTempPath(), "viotech-pack.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                System.Threading.Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("VIOTECH_KEEP_IT") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temporary folder are harmless.
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Real builds";
}
