using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using VioTech.Build.Tasks.Reporting;
using VioTech.Build.Tasks.Tests.Infrastructure;
using static VioTech.Build.Tasks.Tests.Reporting.ReportFixture;

namespace VioTech.Build.Tasks.Tests.Reporting;

public sealed class WriteReportTests
{
    [Fact]
    public void Html_HasCountsFindingsAndHelpLinks()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "var a = 1;\nvar b = 2;\n");
        var log = CompilerLog(folder, "compiler.sarif",
            new Result("VIO1001", program, 1, Message: "This CORS policy allows any origin"),
            new Result("VIO2001", program, 2, Level: "error", Message: "AWS access key id (20 characters)"));

        var (task, _) = Run(folder, log);

        var html = File.ReadAllText(task.HtmlFile);
        Assert.Contains("<p class=\"summary\" id=\"summary\">1 errors, 1 warnings, 0 info, 0 suppressed.</p>", html);
        Assert.Contains("<b id=\"count-error\">1</b>", html);
        Assert.Contains("<a href=\"https://github.com/viotech/viotech-analyzers/blob/main/docs/rules/VIO1001.md\"><code>VIO1001</code></a>", html);
        Assert.Contains("<code>Program.cs(2,5)</code>", html);
        Assert.Contains("CORS policy allows any origin</td>", html);
        Assert.Contains("No finding was suppressed.", html);
    }

    [Fact]
    public void Html_HasNoExternalAssetsAndEscapesText()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "x\n");
        var log = CompilerLog(folder, "compiler.sarif", new Result("VIO1001", program, 1, Message: "<script>alert(1)</script>"));

        var (task, _) = Run(folder, log);

        var html = File.ReadAllText(task.HtmlFile);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
    }

    [Fact]
    public void Html_IsSpanishUnderSpanishUiCulture()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "x\n");
        var log = CompilerLog(folder, "compiler.sarif", new Result("VIO1001", program, 1));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("es");
            var (task, _) = Run(folder, log);

            var html = File.ReadAllText(task.HtmlFile);
            Assert.Contains("<html lang=\"es\">", html);
            Assert.Contains("Hallazgos por gravedad", html);
            Assert.Contains("0 errores, 1 advertencias", html);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Suppressions_ListKindAndJustification()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", string.Join("\n",
            "#pragma warning disable VIO1001 // Justification: public read-only endpoint",
            "policy.AllowAnyOrigin();",
            "#pragma warning restore VIO1001",
            "policy.AllowAnyOrigin();",
            "policy.AllowAnyOrigin();",
            ""));
        folder.Write(".editorconfig", "root = true\n[*.cs]\n# Justification: logging reviewed by the platform team\ndotnet_diagnostic.VIO3001.severity = none\n");
        var log = CompilerLog(folder, "compiler.sarif",
            new Result("VIO1001", program, 2, Suppression: "inSource"),
            new Result("VIO1001", program, 4, Suppression: "inSource", Justification: "Partner sandbox"),
            new Result("VIO1001", program, 5));

        var (task, _) = Run(folder, log, report =>
        {
            report.ConfigurationFiles = new ITaskItem[] { new TaskItem(Path.Combine(folder.Path, ".editorconfig")) };
            report.NoWarn = "CS1591;VIO4001";
        });

        var summary = File.ReadAllText(Path.Combine(Path.GetDirectoryName(task.SarifFile)!, "viotech-summary.md"));
        Assert.Contains("| VIO1001 | Program.cs(2,5) | #pragma warning disable | public read-only endpoint |", summary);
        Assert.Contains("| VIO1001 | Program.cs(4,5) | SuppressMessage attribute | Partner sandbox |", summary);
        Assert.Contains("| VIO3001 | .editorconfig(4,1) | Severity none in configuration | logging reviewed by the platform team |", summary);
        Assert.Matches(@"\| VIO4001 \| [^|]*test\.csproj \| NoWarn property \| \(no justification given\) \|", summary);
        Assert.Contains("1 warnings, 0 info, 4 suppressed.", summary);
    }

    [Fact]
    public void PragmaAfterRestore_IsNotMatched()
    {
        var lines = new[] { "#pragma warning disable VIO1001 // why", "a();", "#pragma warning restore VIO1001", "b();" };

        Assert.True(SuppressionSources.TryFindPragma(lines, "VIO1001", 2, out var justification));
        Assert.Equal("why", justification);
        Assert.False(SuppressionSources.TryFindPragma(lines, "VIO1001", 4, out _));
        Assert.False(SuppressionSources.TryFindPragma(lines, "VIO3001", 2, out _));
    }

    [Fact]
    public void ExpiredJustification_IsReported()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "a();\nb();\n");
        var log = CompilerLog(folder, "compiler.sarif",
            new Result("VIO1001", program, 1, Suppression: "inSource", Justification: "Partner sandbox until 2026-05-31"),
            new Result("VIO1001", program, 2, Suppression: "inSource", Justification: "Partner sandbox until 2026-06-01"));

        var (_, engine) = Run(folder, log);

        Assert.Equal(new[] { "warning VIO4903 Program.cs(1,5)" }, engine.Coded.ToArray());
    }

    [Fact]
    public void PresetFolderKeys_AreNotListed()
    {
        using var folder = new TempFolder();
        var preset = folder.Write("presets/VioTech.Minimum.globalconfig", "is_global = true\ndotnet_diagnostic.VIO1001.severity = none\n");
        var program = folder.Write("Program.cs", "x\n");
        var log = CompilerLog(folder, "compiler.sarif", new Result("VIO2001", program, 1));

        var (task, _) = Run(folder, log, report =>
        {
            report.ConfigurationFiles = new ITaskItem[] { new TaskItem(preset) };
            report.PresetDirectory = Path.Combine(folder.Path, "presets") + "\\";
        });

        Assert.Contains("0 suppressed", File.ReadAllText(task.HtmlFile));
    }

    [Fact]
    public void SolutionReport_MergesProjects()
    {
        using var folder = new TempFolder();
        var solutionReport = Path.Combine(folder.Path, "artifacts");
        var first = folder.Write("Api/Program.cs", "x\n");
        var second = folder.Write("Worker/Program.cs", "y\n");
        var firstLog = CompilerLog(folder, "api.sarif", new Result("VIO1001", first, 1));
        var secondLog = CompilerLog(folder, "worker.sarif", new Result("VIO2001", second, 1, Level: "error"));

        Run(folder, firstLog, report => { report.ProjectName = "Api"; report.ReportDirectory = Path.Combine(folder.Path, "Api", "obj"); report.SolutionReportDirectory = solutionReport; report.SolutionDirectory = folder.Path; });
        Run(folder, secondLog, report => { report.ProjectName = "Worker"; report.ReportDirectory = Path.Combine(folder.Path, "Worker", "obj"); report.SolutionReportDirectory = solutionReport; report.SolutionDirectory = folder.Path; });

        var html = File.ReadAllText(Path.Combine(solutionReport, "viotech-report.html"));
        Assert.Contains("1 errors, 1 warnings, 0 info, 0 suppressed.", html);
        Assert.Contains("<td>Api</td>", html);
        Assert.Contains("<td>Worker</td>", html);
        Assert.Contains("Worker/Program.cs(1,5)", html);
    }

    [Fact]
    public void MultiTargetLogs_CountEachFindingOnce()
    {
        using var folder = new TempFolder();
        var program = folder.Write("Program.cs", "x\n");
        var net8 = CompilerLog(folder, "compiler-net8.0.sarif", new Result("VIO1001", program, 1));
        var net10 = CompilerLog(folder, "compiler-net10.0.sarif", new Result("VIO1001", program, 1));

        var (task, _) = Run(folder, net10, report => report.OtherCompilerLogs = new ITaskItem[] { new TaskItem(net8), new TaskItem(net10) });

        Assert.Contains("0 errors, 1 warnings", File.ReadAllText(task.HtmlFile));
    }

    [Fact]
    public void Sarif_KeepsRegionEndAndRelatedLocations()
    {
        using var folder = new TempFolder();
        var settings = folder.Write("appsettings.json", "{}\n");
        var options = folder.Write("PaymentsOptions.cs", "x\n");
        var log = folder.Write("compiler.sarif", JsonSerializer.Serialize(new
        {
            version = "2.1.0",
            runs = new[]
            {
                new
                {
                    tool = new { driver = new { name = "Microsoft (R) Visual C# Compiler" } },
                    results = new[]
                    {
                        new
                        {
                            ruleId = "VIO4203",
                            level = "warning",
                            message = new { text = "'Payments:MaxRetries' in appsettings.json breaks [Range(1, 10)]" },
                            locations = new[] { new { physicalLocation = new { artifactLocation = new { uri = new Uri(settings).AbsoluteUri }, region = new { startLine = 14, startColumn = 19, endLine = 14, endColumn = 21 } } } },
                            relatedLocations = new[] { new { physicalLocation = new { artifactLocation = new { uri = new Uri(options).AbsoluteUri }, region = new { startLine = 9, startColumn = 6 } } } },
                        },
                    },
                },
            },
        }));

        var (task, _) = Run(folder, log);

        using var document = JsonDocument.Parse(File.ReadAllText(task.SarifFile));
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(14, region.GetProperty("endLine").GetInt32());
        Assert.Equal(21, region.GetProperty("endColumn").GetInt32());
        var related = result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(options).AbsoluteUri, related.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(9, related.GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
