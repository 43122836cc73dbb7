using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace VioTech.Analyzers.IntegrationTests;

/// <summary>
/// A new Microsoft.NET.Sdk.Web project in a temporary folder that references the packed package,
/// with one deliberate finding for each slice rule and one compiler warning.
/// </summary>
internal sealed class FreshProject
{
    // Line numbers of the deliberate findings in Program.cs and appsettings.Production.json.
    public const int CorsLine = 5;
    public const int SecretLine = 9;
    public const int LogLine = 12;
    public const int CompilerWarningLine = 13;
    public const int DeveloperExceptionPageLine = 14;
    public const int WeakCspLine = 15;
    public const int SettingsErrorLine = 4;

    private readonly PackageFixture package;

    public FreshProject(PackageFixture package, string name, string extraProperties = "")
    {
        this.package = package;
        Directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(Directory);

        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="viotech-test-feed" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="VioTech.Analyzers" Version="{package.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);

        // The AWS key id is assembled here so that no whole key sits in the repository.
        var awsKeyId = "AKIA" + "Q7RZ" + "W4XK" + "T2LM" + "N6PV";
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), string.Join("\n", new[]
        {
            "using Microsoft.Extensions.Logging;",
            "",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.Services.AddCors(options =>",
            "    options.AddDefaultPolicy(policy => policy.SetIsOriginAllowed(_ => true).AllowCredentials()));",
            "var app = builder.Build();",
            "var logger = app.Services.GetRequiredService<ILogger<Program>>();",
            "var orderId = 42;",
            $"var storageKeyId = \"{awsKeyId}\";",
            "",
            "Console.WriteLine(storageKeyId.Length);",
            "logger.LogInformation($\"Order {orderId} created\");",
            "int unused;",
            "app.UseDeveloperExceptionPage();",
            "app.Use(async (context, next) => { context.Response.Headers.ContentSecurityPolicy = \"default-src 'self'; script-src 'self' 'unsafe-inline'\"; await next(); });",
            "app.Run();",
            "",
        }));
        File.WriteAllText(Path.Combine(Directory, "appsettings.json"), "{\n  \"AllowedHosts\": \"tickets.example.com\"\n}\n");
        File.WriteAllText(Path.Combine(Directory, "appsettings.Production.json"), "{\n  \"Jwt\": {\n    \"Issuer\": \"viotech\"\n    \"Audience\": \"tickets\"\n  }\n}\n");
    }

    public string Directory { get; }

    public string SarifPath => Path.Combine(Directory, "obj", "viotech", "viotech.sarif");

    public Dotnet.Result Build(IEnumerable<string>? arguments = null, IDictionary<string, string>? environment = null)
    {
        var all = new List<string> { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:VioTechReport=true" };
        all.AddRange(arguments ?? Array.Empty<string>());
        return Dotnet.Run(Directory, all, package.NuGetPackages, environment);
    }

    /// <summary>
    /// Returns (ruleId, level, file name, line, message) of every active result in a SARIF log. Results
    /// with a <c>suppressions</c> entry (NoWarn, pragmas, baseline) are what the report lists as silenced, so they are left out.
    /// </summary>
    public static List<(string RuleId, string Level, string File, int Line, string Message)> Results(string sarifPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = new List<(string, string, string, int, string)>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
                {
                    continue;
                }

                var file = string.Empty;
                var line = 0;
                if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
                {
                    var physical = locations[0].GetProperty("physicalLocation");
                    file = Path.GetFileName(new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
                    line = physical.TryGetProperty("region", out var region) ? region.GetProperty("startLine").GetInt32() : 0;
                }

                var level = result.TryGetProperty("level", out var levelElement) ? levelElement.GetString()! : "warning";
                results.Add((result.GetProperty("ruleId").GetString()!, level, file, line, result.GetProperty("message").GetProperty("text").GetString()!));
            }
        }

        return results;
    }
}
