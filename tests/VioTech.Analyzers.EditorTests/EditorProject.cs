using System;
using System.IO;
using VioTech.Analyzers.IntegrationTests;

namespace VioTech.Analyzers.EditorTests;

/// <summary>
/// A small Microsoft.NET.Sdk.Web project in a temporary folder that references the packed package,
/// restored with the package fixture's isolated NuGet folder. Its Program.cs contains the whole
/// pipeline in one file, with one deliberate finding for each rule the editor tests look at.
/// </summary>
internal sealed class EditorProject
{
    // Zero-based lines of Program.cs, as LSP counts them.
    public const int AnyOriginLine = 5;
    public const int CredentialsLine = 6;
    public const int BuildLine = 8;
    public const int SecretLine = 11;
    public const int LogLine = 14;
    public const int RunLine = 17;

    public EditorProject(PackageFixture package, string name)
    {
        Directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(Directory);
        ProgramPath = Path.Combine(Directory, "Program.cs");

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
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="VioTech.Analyzers" Version="{package.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(ProgramPath, ProgramText);
        File.WriteAllText(Path.Combine(Directory, "appsettings.json"), "{\n  \"AllowedHosts\": \"tickets.example.com\"\n}\n");

        // A task rule finding (VIO4001, invalid JSON), which only a build reports.
        File.WriteAllText(Path.Combine(Directory, "appsettings.Production.json"), "{\n  \"Jwt\": {\n    \"Issuer\": \"viotech\"\n    \"Audience\": \"tickets\"\n  }\n}\n");

        var restore = Dotnet.Run(Directory, new[] { "restore", "-nodeReuse:false" }, package.NuGetPackages, timeout: TimeSpan.FromMinutes(5));
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet restore of the editor project failed:\n" + restore);
        }
    }

    public string Directory { get; }

    public string ProgramPath { get; }

    /// <summary>The compiled assembly; a test checks that it does not exist, so diagnostics came without a build.</summary>
    public string BuildOutput => Path.Combine(Directory, "bin", "Debug", "net10.0", Path.GetFileName(Directory) + ".dll");

    /// <summary>
    /// Program.cs: VIO1001 (lines 5 and 6), VIO1002 (line 6), VIO1101 (no UseHsts; reported at
    /// Build or Run), VIO2001 (line 11) and VIO3001 (line 14).
    /// </summary>
    public static string ProgramText => string.Join("\n", new[]
    {
        "using Microsoft.Extensions.Logging;",
        "",
        "var builder = WebApplication.CreateBuilder(args);",
        "builder.Services.AddCors(options =>",
        "{",
        "    options.AddDefaultPolicy(policy => policy.AllowAnyOrigin());",
        "    options.AddPolicy(\"partners\", policy => policy.SetIsOriginAllowed(_ => true).AllowCredentials());",
        "});",
        "var app = builder.Build();",
        "var logger = app.Services.GetRequiredService<ILogger<Program>>();",
        "var orderId = 42;",
        $"var storageKeyId = \"{FakeAwsKeyId}\";",
        "",
        "Console.WriteLine(storageKeyId.Length);",
        "logger.LogInformation($\"Order {orderId} created\");",
        "app.UseCors();",
        "app.MapGet(\"/health\", () => \"ok\");",
        "app.Run();",
        "",
    });

    /// <summary>
    /// A Program.cs with no finding of any rule, typed character by character by the typing test: a
    /// guarded UseHsts, HTTPS redirection, a named CORS policy with one origin and a constant log template.
    /// </summary>
    public static string CleanProgramText => string.Join("\n", new[]
    {
        "using Microsoft.Extensions.Logging;",
        "",
        "var builder = WebApplication.CreateBuilder(args);",
        "builder.Services.AddCors(options => options.AddPolicy(\"partners\", policy => policy.WithOrigins(\"https://tickets.example.com\").AllowCredentials()));",
        "var app = builder.Build();",
        "if (!app.Environment.IsDevelopment())",
        "{",
        "    app.UseHsts();",
        "}",
        "app.UseHttpsRedirection();",
        "app.UseCors(\"partners\");",
        "var logger = app.Services.GetRequiredService<ILogger<Program>>();",
        "var orderId = 42;",
        "logger.LogInformation(\"Order {OrderId} created\", orderId);",
        "app.MapGet(\"/health\", () => \"ok\");",
        "app.Run();",
        "",
    });

    /// <summary>Returns <paramref name="text"/> with the fake key replaced by its kind and length, for failure messages.</summary>
    public static string Mask(string text) => text.Replace(FakeAwsKeyId, $"<AWS access key id, {FakeAwsKeyId.Length} characters>", StringComparison.Ordinal);

    /// <summary>An AWS access key id with a valid shape, assembled here so that no whole key sits in the repository.</summary>
    public static string FakeAwsKeyId => "AKIA" + "Q7RZ" + "W4XK" + "T2LM" + "N6PV";
}
