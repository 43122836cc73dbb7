using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Tests.Infrastructure;
using VerifyAnalyzer = VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer>;
using VerifyFix = VioTech.Analyzers.Tests.Infrastructure.Verify<
    VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3003ConsoleOutputInServiceCodeFixProvider>;
using VerifyCleanFix = VioTech.Analyzers.Tests.Logging.LoggingFixVerifier<
    VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3003ConsoleOutputInServiceCodeFixProvider>;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class VIO3003ConsoleOutputInServiceTests
{
    private const string ConsoleTool = """
        using System;
        using System.Diagnostics;

        Console.WriteLine("Importing tickets");
        Trace.TraceError("Import failed");
        """;

    [Fact]
    public async Task ConsoleDebugAndTrace_AreReported()
    {
        const string source = """
            using System;
            using System.Diagnostics;

            class Payments
            {
                public void Pay(int id)
                {
                    {|VIO3003:Console.WriteLine($"Paid {id}")|};
                    {|VIO3003:Console.Write("x")|};
                    {|VIO3003:Console.Error.WriteLine("failed")|};
                    {|VIO3003:Console.Out.Write(id)|};
                    {|VIO3003:Debug.WriteLine("debug")|};
                    {|VIO3003:Debug.WriteLineIf(id > 0, "positive")|};
                    {|VIO3003:Trace.TraceWarning("slow")|};
                    {|VIO3003:Trace.WriteLine(id)|};
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task OtherWriters_AreNotReported()
    {
        const string source = """
            using System;
            using System.IO;

            class Export
            {
                public void Run(TextWriter writer, StringWriter buffer)
                {
                    writer.WriteLine("row");
                    buffer.Write("cell");
                    Console.ReadLine();
                    Console.ForegroundColor = ConsoleColor.Red;
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ConsoleTool_IsNotReported()
    {
        var test = ConsoleToolTest();

        await test.RunAsync();
    }

    [Fact]
    public async Task ConsoleTool_IsReportedWhenConfigured()
    {
        var test = ConsoleToolTest();
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nviotech.vio3003.include_console_apps = true\n"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer.Rule).WithSpan(4, 1, 4, 39).WithArguments("Console.WriteLine"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer.Rule).WithSpan(5, 1, 5, 34).WithArguments("Trace.TraceError"));

        await test.RunAsync();
    }

    [Fact]
    public async Task MelLogger_FromEachScope_IsUsed()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            class ByField
            {
                private readonly ILogger<ByField> _logger;

                public ByField(ILogger<ByField> logger) => _logger = logger;

                public void Pay(int orderId, string name)
                {
                    {|VIO3003:Console.WriteLine($"Paid {orderId}")|};
                    {|VIO3003:Console.Error.WriteLine("Order {0} failed for {1}", orderId, name)|};
                }
            }

            class ByPrimaryConstructor(ILogger<ByPrimaryConstructor> log)
            {
                public void Pay(decimal total) => {|VIO3003:Trace.TraceWarning("Slow {payment}")|};
            }

            class ByParameter
            {
                public static void Pay(ILogger logger, object order)
                {
                    {|VIO3003:Debug.WriteLine(order)|};
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            class ByField
            {
                private readonly ILogger<ByField> _logger;

                public ByField(ILogger<ByField> logger) => _logger = logger;

                public void Pay(int orderId, string name)
                {
                    _logger.LogInformation("Paid {OrderId}", orderId);
                    _logger.LogError("Order {OrderId} failed for {Name}", orderId, name);
                }
            }

            class ByPrimaryConstructor(ILogger<ByPrimaryConstructor> log)
            {
                public void Pay(decimal total) => log.LogWarning("Slow {{payment}}");
            }

            class ByParameter
            {
                public static void Pay(ILogger logger, object order)
                {
                    logger.LogDebug("{Order}", order);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task SerilogLoggerAndMissingUsing_AreHandled()
    {
        const string first = """
            using System;

            class Jobs(Serilog.ILogger logger)
            {
                public void Run(int jobId)
                {
                    {|VIO3003:Console.WriteLine("Job " + jobId + " done")|};
                    {|VIO3003:Console.Error.WriteLine("Job failed")|};
                }
            }
            """;
        const string second = """
            using System;

            class Reports(Microsoft.Extensions.Logging.ILogger<Reports> logger)
            {
                public void Run(int count)
                {
                    {|VIO3003:Console.WriteLine(count)|};
                    {|VIO3003:Console.WriteLine("Done")|};
                }
            }
            """;
        const string firstFixed = """
            using System;

            class Jobs(Serilog.ILogger logger)
            {
                public void Run(int jobId)
                {
                    logger.Information("Job {JobId} done", jobId);
                    logger.Error("Job failed");
                }
            }
            """;
        const string secondFixed = """
            using System;
            using Microsoft.Extensions.Logging;

            class Reports(Microsoft.Extensions.Logging.ILogger<Reports> logger)
            {
                public void Run(int count)
                {
                    logger.LogInformation("{Count}", count);
                    logger.LogInformation("Done");
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(new[] { first, second }, new[] { firstFixed, secondFixed });
    }

    [Fact]
    public async Task NoLoggerInScope_OffersNoFix()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            class Plain
            {
                public void Run(int id)
                {
                    {|VIO3003:Console.WriteLine(id)|};
                }
            }

            class StaticContext(ILogger<StaticContext> logger)
            {
                private readonly ILogger<StaticContext> _logger = logger;

                public static void Run()
                {
                    {|VIO3003:Console.WriteLine("static")|};
                }

                public void Conditional(int id)
                {
                    {|VIO3003:Debug.WriteLineIf(id > 0, "positive")|};
                }
            }
            """;

        await VerifyFix.CodeFixAsync(source, source);
    }

    private static Verify<VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer>.AnalyzerTest ConsoleToolTest()
    {
        // A console tool: an executable without the ASP.NET Core shared framework.
        var test = new Verify<VioTech.Analyzers.Logging.VIO3003ConsoleOutputInServiceAnalyzer>.AnalyzerTest();
        test.TestState.AdditionalReferences.Clear();
        foreach (var path in TestReferences.Paths.Where(path => !path.Contains("Microsoft.AspNetCore.App.Ref", System.StringComparison.Ordinal)))
        {
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(path));
        }

        test.TestState.Sources.Add(ConsoleTool);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test;
    }
}
