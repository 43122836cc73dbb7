using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace VioTech.Analyzers.Benchmarks.Generation;

/// <summary>
/// Writes a synthetic ticketing and payments service: four projects (a web API with controllers
/// and minimal APIs, services with options and configuration reads, EF Core data access, a
/// payments client), settings and env files, and a solution file. The code is generated from a
/// "unit" of about 480 lines repeated with new names until the requested line count is reached.
/// </summary>
internal static class SolutionGenerator
{
    public const string SolutionName = "Tickets.Bench";

    /// <summary>Projects in build order, and the project each one references.</summary>
    private static readonly (string Name, string Sdk, string[] References)[] Projects =
    {
        ("Tickets.Data", "Microsoft.NET.Sdk", Array.Empty<string>()),
        ("Tickets.Core", "Microsoft.NET.Sdk", new[] { "Tickets.Data" }),
        ("Tickets.Payments", "Microsoft.NET.Sdk", Array.Empty<string>()),
        ("Tickets.Api", "Microsoft.NET.Sdk.Web", new[] { "Tickets.Core", "Tickets.Payments" }),
    };

    /// <summary>Generates at least <paramref name="targetLines"/> lines of C# and returns the actual count per project.</summary>
    public static IReadOnlyDictionary<string, int> Generate(string root, int targetLines)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var lines = Projects.ToDictionary(project => project.Name, _ => 0);
        foreach (var (name, sdk, references) in Projects)
        {
            Directory.CreateDirectory(Path.Combine(root, name));
            File.WriteAllText(Path.Combine(root, name, name + ".csproj"), ProjectFile(name, sdk, references));
        }

        var units = 0;
        while (lines.Values.Sum() < targetLines)
        {
            foreach (var (project, file, text) in Unit(units))
            {
                var folder = Path.Combine(root, project, Path.GetDirectoryName(file)!);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(root, project, file), text);
                lines[project] += CountLines(text);
            }

            units++;
        }

        foreach (var (project, file, text) in Fixed(units))
        {
            File.WriteAllText(Path.Combine(root, project, file), text);
            lines[project] += file.EndsWith(".cs", StringComparison.Ordinal) ? CountLines(text) : 0;
        }

        File.WriteAllText(Path.Combine(root, SolutionName + ".sln"), SolutionFile());

        // As in a real service, the .env file with local secrets is not committed. Without this,
        // VIO4103 reports its values as committed secrets at error severity and the build fails.
        File.WriteAllText(Path.Combine(root, ".gitignore"), "bin/\nobj/\n.env\n");
        return lines;
    }

    private static int CountLines(string text) => text.Count(character => character == '\n');

    private static string ProjectFile(string name, string sdk, string[] references)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"<Project Sdk=\"{sdk}\">");
        builder.AppendLine("  <PropertyGroup>");
        builder.AppendLine("    <TargetFramework>net10.0</TargetFramework>");
        builder.AppendLine("    <Nullable>enable</Nullable>");
        builder.AppendLine("    <ImplicitUsings>enable</ImplicitUsings>");
        builder.AppendLine("    <NoWarn>$(NoWarn);CS1591</NoWarn>");
        builder.AppendLine("  </PropertyGroup>");
        builder.AppendLine("  <ItemGroup>");
        if (sdk == "Microsoft.NET.Sdk")
        {
            builder.AppendLine("    <FrameworkReference Include=\"Microsoft.AspNetCore.App\" />");
        }

        builder.AppendLine("    <PackageReference Include=\"Serilog\" Version=\"4.3.0\" />");
        if (name == "Tickets.Data")
        {
            builder.AppendLine("    <PackageReference Include=\"Microsoft.EntityFrameworkCore\" Version=\"10.0.15\" />");
        }

        foreach (var reference in references)
        {
            builder.AppendLine($"    <ProjectReference Include=\"..\\{reference}\\{reference}.csproj\" />");
        }

        builder.AppendLine("  </ItemGroup>");
        builder.AppendLine("</Project>");
        return builder.ToString();
    }

    private static string SolutionFile()
    {
        var builder = new StringBuilder();
        builder.AppendLine("Microsoft Visual Studio Solution File, Format Version 12.00");
        builder.AppendLine("# Visual Studio Version 17");
        var ids = Projects.Select((project, index) => (project.Name, Id: new Guid(index + 1, 0, 0, new byte[8]).ToString("B").ToUpperInvariant())).ToList();
        foreach (var (name, id) in ids)
        {
            builder.AppendLine($"Project(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"{name}\", \"{name}\\{name}.csproj\", \"{id}\"");
            builder.AppendLine("EndProject");
        }

        builder.AppendLine("Global");
        builder.AppendLine("\tGlobalSection(SolutionConfigurationPlatforms) = preSolution");
        builder.AppendLine("\t\tDebug|Any CPU = Debug|Any CPU");
        builder.AppendLine("\tEndGlobalSection");
        builder.AppendLine("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution");
        foreach (var (_, id) in ids)
        {
            builder.AppendLine($"\t\t{id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU");
            builder.AppendLine($"\t\t{id}.Debug|Any CPU.Build.0 = Debug|Any CPU");
        }

        builder.AppendLine("\tEndGlobalSection");
        builder.AppendLine("EndGlobal");
        return builder.ToString();
    }

    /// <summary>Returns the files of unit <paramref name="i"/>: one of each kind, with names made unique by the index.</summary>
    private static IEnumerable<(string Project, string File, string Text)> Unit(int i)
    {
        yield return ("Tickets.Api", $"Controllers/Event{i}Controller.cs", SourceTemplates.Controller(i));
        yield return ("Tickets.Api", $"Endpoints/Event{i}Endpoints.cs", SourceTemplates.MinimalApi(i));
        yield return ("Tickets.Core", $"Services/Event{i}Service.cs", SourceTemplates.Service(i));
        yield return ("Tickets.Core", $"Options/Event{i}Options.cs", SourceTemplates.Options(i));
        yield return ("Tickets.Data", $"Entities/Event{i}Entity.cs", SourceTemplates.Entity(i));
        yield return ("Tickets.Data", $"Repositories/Event{i}Repository.cs", SourceTemplates.Repository(i));
        yield return ("Tickets.Payments", $"Clients/Gateway{i}Client.cs", SourceTemplates.PaymentClient(i));
    }

    /// <summary>Returns the files written once: program, DbContext, service registration, settings and env files.</summary>
    private static IEnumerable<(string Project, string File, string Text)> Fixed(int units)
    {
        yield return ("Tickets.Api", "Program.cs", SourceTemplates.Program(units));
        yield return ("Tickets.Data", "TicketsDbContext.cs", SourceTemplates.DbContext(units));
        yield return ("Tickets.Payments", "ChargeResult.cs", SourceTemplates.ChargeResult);
        yield return ("Tickets.Api", "appsettings.json", SourceTemplates.AppSettings(units));
        yield return ("Tickets.Api", "appsettings.Production.json", SourceTemplates.AppSettingsProduction());
        yield return ("Tickets.Api", "appsettings.Development.json", "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } }\n}\n");
        yield return ("Tickets.Api", ".env", SourceTemplates.EnvFile());
        yield return ("Tickets.Api", ".env.example", SourceTemplates.EnvFile().Replace("=", "=<set me> #", StringComparison.Ordinal));
    }
}
