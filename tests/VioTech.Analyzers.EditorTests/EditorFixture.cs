using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using VioTech.Analyzers.IntegrationTests;

namespace VioTech.Analyzers.EditorTests;

/// <summary>
/// Shared by every editor test, once per run: the packed package, the rules it contains, the
/// restored csharp-ls, and one English server session on a fresh web project, ready when the
/// server has reported the first VIO1001 in Program.cs.
/// </summary>
public sealed class EditorFixture : IAsyncLifetime
{
    private PackageFixture? package;
    private EditorSession? english;

    internal PackageFixture Package => package ?? throw new InvalidOperationException("The fixture is not initialized.");

    internal PackedRules Rules { get; private set; } = null!;

    internal CsharpLs Server { get; private set; } = null!;

    internal EditorProject Project { get; private set; } = null!;

    /// <summary>The server session started with <c>--locale en</c>, shared by the tests that need no other locale.</summary>
    internal EditorSession English => english ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Severity of each rule in the package's default preset (Recommended), as an LSP severity (1 error … 4 hint).</summary>
    internal IReadOnlyDictionary<string, int> PresetSeverities { get; private set; } = new Dictionary<string, int>();

    /// <summary>Time from didOpen to the first VIO1001, which includes loading the project.</summary>
    internal TimeSpan FirstDiagnosticsTime { get; private set; }

    public async Task InitializeAsync()
    {
        package = new PackageFixture();
        var analyzersFolder = Path.Combine(package.Root, "packed-analyzers");
        Rules = PackedRules.Load(package.PackagePath, analyzersFolder);
        PresetSeverities = ReadPresetSeverities(package.PackagePath);
        Server = CsharpLs.Restore(package.RepositoryRoot);
        Project = new EditorProject(package, "editor");

        english = await EditorSession.StartAsync(Server, Project.Directory, package.NuGetPackages, locale: "en");
        try
        {
            await english.OpenAsync(Project.ProgramPath, EditorProject.ProgramText);
            var (_, elapsed) = await english.WaitForDiagnosticsAsync(
                Project.ProgramPath,
                diagnostics => diagnostics.Any(diagnostic => diagnostic.Code == "VIO1001"),
                EditorSession.LoadTimeout,
                "VIO1001 appears after the project has loaded (are analyzers enabled?)");
            FirstDiagnosticsTime = elapsed;
            await english.CloseAsync(Project.ProgramPath);
        }
        catch
        {
            // A server that never got ready must not outlive the failed fixture.
            await english.DisposeAsync();
            english = null;
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (english is not null)
        {
            await english.DisposeAsync();
        }

        package?.Dispose();
    }

    /// <summary>Starts another server session, on its own fresh project, with <c>--locale <paramref name="locale"/></c>.</summary>
    internal async Task<(EditorSession Session, EditorProject Project)> StartSessionAsync(string projectName, string locale)
    {
        var project = new EditorProject(Package, projectName);
        var session = await EditorSession.StartAsync(Server, project.Directory, Package.NuGetPackages, locale);
        return (session, project);
    }

    private static Dictionary<string, int> ReadPresetSeverities(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        var entry = archive.GetEntry("build/presets/VioTech.Recommended.globalconfig")
            ?? throw new InvalidOperationException("The package has no build/presets/VioTech.Recommended.globalconfig.");
        using var reader = new StreamReader(entry.Open());
        var severities = new Dictionary<string, int>(StringComparer.Ordinal);
        var pattern = new Regex(@"^dotnet_diagnostic\.(?<id>[A-Z]+\d+)\.severity\s*=\s*(?<severity>\w+)");
        while (reader.ReadLine() is { } line)
        {
            var match = pattern.Match(line);
            if (!match.Success)
            {
                continue;
            }

            var severity = match.Groups["severity"].Value switch
            {
                "error" => 1,
                "warning" => 2,
                "suggestion" => 3,
                "silent" => 4,
                _ => 0,
            };
            severities[match.Groups["id"].Value] = severity;
        }

        return severities;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EditorCollection : ICollectionFixture<EditorFixture>
{
    public const string Name = "Language server";
}
