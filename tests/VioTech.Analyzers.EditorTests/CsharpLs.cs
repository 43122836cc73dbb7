using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using VioTech.Analyzers.IntegrationTests;

namespace VioTech.Analyzers.EditorTests;

/// <summary>
/// The csharp-ls language server pinned in the repository's tool manifest. It is started from the
/// restored tool package with <c>dotnet exec</c>, which is what <c>dotnet tool run</c> does, because
/// <c>dotnet tool run</c> looks the tool up in NUGET_PACKAGES, and the server must get the isolated
/// NuGet folder of the test project there instead.
/// </summary>
internal sealed class CsharpLs
{
    private CsharpLs(string version, string entryPoint)
    {
        Version = version;
        EntryPoint = entryPoint;
    }

    public string Version { get; }

    /// <summary>Full path of the server's main assembly in the NuGet global packages folder.</summary>
    public string EntryPoint { get; }

    /// <summary>Runs <c>dotnet tool restore</c> in the repository and finds the restored server.</summary>
    public static CsharpLs Restore(string repositoryRoot)
    {
        var manifest = Path.Combine(repositoryRoot, ".config", "dotnet-tools.json");
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var version = document.RootElement.GetProperty("tools").GetProperty("csharp-ls").GetProperty("version").GetString()!;

        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var restore = Dotnet.Run(repositoryRoot, new[] { "tool", "restore" }, globalPackages, timeout: TimeSpan.FromMinutes(5));
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool restore failed:\n" + restore);
        }

        var toolFolder = Path.Combine(globalPackages, "csharp-ls", version, "tools");
        var settings = Directory.Exists(toolFolder)
            ? Directory.GetFiles(toolFolder, "DotnetToolSettings.xml", SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (settings is null)
        {
            throw new InvalidOperationException($"csharp-ls {version} is not in {toolFolder} after dotnet tool restore:\n{restore}");
        }

        var command = XDocument.Load(settings).Descendants("Command").Single();
        var entryPoint = Path.Combine(Path.GetDirectoryName(settings)!, command.Attribute("EntryPoint")!.Value);
        return new CsharpLs(version, entryPoint);
    }

    /// <summary>
    /// Returns the start information of a server for the project in <paramref name="workingDirectory"/>,
    /// in a clean environment like <see cref="Dotnet.Run"/>, with <paramref name="nugetPackages"/> as NUGET_PACKAGES.
    /// </summary>
    public ProcessStartInfo StartInfo(string workingDirectory, string nugetPackages, string? locale, string rpcLog)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(EntryPoint);
        start.ArgumentList.Add("--loglevel");
        start.ArgumentList.Add("info");
        start.ArgumentList.Add("--rpclog");
        start.ArgumentList.Add(rpcLog);
        if (locale is not null)
        {
            start.ArgumentList.Add("--locale");
            start.ArgumentList.Add(locale);
        }

        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
                || name.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_CLI_UI_LANGUAGE", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return start;
    }
}

/// <summary>
/// Limits of the pinned csharp-ls version that the editor tests measured. A test that meets one
/// reports itself as skipped with what the server did, never as passed. On another server version
/// the same test fails, so the limit is measured again when the pin changes.
/// </summary>
internal static class ServerLimits
{
    /// <summary>
    /// Offers no code fix from a project's analyzer packages. Its textDocument/codeAction handler
    /// gathers the compiler's diagnostics only (SemanticModel.GetDiagnostics) and asks only the code
    /// fix providers built into Roslyn's Features assemblies.
    /// </summary>
    public const string VersionWithoutPackageFixes = "0.28.0";
}
