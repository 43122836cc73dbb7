using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.CodeFixes.Logging;
using VioTech.Analyzers.Logging;
using VioTech.Analyzers.Tests.Infrastructure;
using VerifyAnalyzer = VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3001LogMessageNotConstantTemplateAnalyzer>;
using VerifyFix = VioTech.Analyzers.Tests.Infrastructure.Verify<
    VioTech.Analyzers.Logging.VIO3001LogMessageNotConstantTemplateAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3001LogMessageNotConstantTemplateCodeFixProvider>;
using VerifyCleanFix = VioTech.Analyzers.Tests.Logging.LoggingFixVerifier<
    VioTech.Analyzers.Logging.VIO3001LogMessageNotConstantTemplateAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3001LogMessageNotConstantTemplateCodeFixProvider>;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class VIO3001LogMessageNotConstantTemplateTests
{
    [Fact]
    public async Task MelFormattedMessages_AreReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger<Payments> logger)
            {
                public void Fail(int id, string email, object order, Exception ex)
                {
                    logger.LogWarning({|VIO3001:$"Payment {id} failed"|});
                    logger.LogError(ex, {|VIO3001:"Payment " + id + " failed for " + email|});
                    logger.LogInformation({|VIO3001:string.Format("Payment {0}", id)|});
                    logger.LogDebug({|VIO3001:order.ToString()|});
                    logger.Log(LogLevel.Information, new EventId(7), {|VIO3001:$"Order {order}"|});
                    using var scope = logger.BeginScope({|VIO3001:$"Payment {id}"|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task MelStateAndDefine_AreReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger)
            {
                public void Fail(int id, string prefix)
                {
                    logger.Log(LogLevel.Error, new EventId(1), {|VIO3001:$"Payment {id} failed"|}, null, (state, _) => state);
                    var define = LoggerMessage.Define(LogLevel.Error, new EventId(2), {|VIO3001:prefix + " failed"|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task SerilogFormattedMessages_AreReported()
    {
        const string source = """
            using System;
            using Serilog;
            using Serilog.Events;

            class Payments(ILogger logger)
            {
                public void Fail(int id, Exception ex)
                {
                    logger.Information({|VIO3001:$"Payment {id}"|});
                    logger.Error(ex, {|VIO3001:"Payment " + id|});
                    logger.Write(LogEventLevel.Warning, {|VIO3001:$"Payment {id}"|});
                    Log.Fatal({|VIO3001:$"Payment {id}"|});
                    Log.ForContext<Payments>().Debug({|VIO3001:string.Format("Payment {0}", id)|});
                    Log.Logger.Verbose({|VIO3001:$"Payment {id}"|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task NLogFormattedMessages_AreReported()
    {
        const string source = """
            using System;
            using NLog;

            class Payments
            {
                private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                public void Fail(int id, Exception ex, NLog.ILogger other)
                {
                    Logger.Info({|VIO3001:$"Payment {id}"|});
                    Logger.Error(ex, {|VIO3001:"Payment " + id|});
                    Logger.Log(LogLevel.Warn, {|VIO3001:$"Payment {id}"|});
                    other.Warn({|VIO3001:$"Payment {id}"|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task FormattedLocal_IsReportedUnlessReassigned()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger)
            {
                public void Fail(int id, bool retry)
                {
                    var message = $"Payment {id} failed";
                    logger.LogWarning({|VIO3001:message|});

                    var text = "Payment " + id;
                    if (retry)
                    {
                        text = "Retry";
                    }

                    logger.LogWarning(text);
                    var constant = "Payment failed";
                    logger.LogWarning(constant);
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task PassThroughOfFormattedText_IsReported()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog)
            {
                public void Fail(int id)
                {
                    logger.LogInformation("{Message}", {|VIO3001:$"Payment {id} failed"|});
                    serilog.Information("{Text}", {|VIO3001:"Payment " + id|});
                    logger.LogInformation("{Message}", new object[] { {|VIO3001:$"Payment {id}"|} });
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ConstantTemplates_AreNotReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                private const string Prefix = "Payments";
                private const string Template = Prefix + ": payment {PaymentId} failed";

                public void Fail(int id, string name, object order)
                {
                    logger.LogInformation("Payment {PaymentId} failed", id);
                    logger.LogInformation(Template, id);
                    logger.LogInformation(nameof(Payments) + " started");
                    logger.LogInformation($"{nameof(Payments)} started in {Prefix}");
                    logger.LogInformation("{Message}", name);
                    logger.LogInformation("{Order}", order.ToString());
                    logger.LogInformation("Payment {PaymentId}: {Detail}", id, $"code {id}");
                    serilog.Information("Payment {PaymentId} failed", id);
                    nlog.Info("Payment {PaymentId} failed", id);
                    Console.WriteLine($"Payment {id}");
                    string.Format("Payment {0}", id).ToString();
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task WrapperAndLocalizedTemplates_AreNotReported()
    {
        const string source = """
            using Microsoft.Extensions.Localization;
            using Microsoft.Extensions.Logging;

            class AuditLog(ILogger logger, IStringLocalizer<AuditLog> localizer)
            {
                public void Info(string template, params object[] args) => logger.LogInformation("[audit] " + template, args);

                public void Warn(string message, params object[] args) => logger.LogWarning($"[audit] {message}", args);

                public void Localized(int id) => logger.LogInformation(localizer["PaymentFailed"], id);

                public void LocalizedValue(int id) => logger.LogInformation(localizer["PaymentFailed"].Value, id);

                public void Plain(string message) => logger.LogInformation(message);
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task LocalizedTemplates_AreReportedWhenConfigured()
    {
        const string source = """
            using System.Resources;
            using Microsoft.Extensions.Localization;
            using Microsoft.Extensions.Logging;

            static class Messages
            {
                public static ResourceManager ResourceManager { get; } = new("Messages", typeof(Messages).Assembly);
                public static string PaymentFailed => ResourceManager.GetString("PaymentFailed")!;
            }

            class Payments(ILogger logger, IStringLocalizer<Payments> localizer)
            {
                public void Fail(int id)
                {
                    logger.LogWarning({|VIO3001:localizer["PaymentFailed"]|}, id);
                    logger.LogWarning({|VIO3001:Messages.PaymentFailed|}, id);
                }
            }
            """;
        var test = new VerifyAnalyzer.AnalyzerTest();
        test.TestState.Sources.Add(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nviotech.vio3001.report_localized_templates = true\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task LookAlikeLoggers_AreNotReported()
    {
        const string source = """
            class Logger
            {
                public void LogInformation(string message) { }
                public void Information(string message) { }
            }

            class Use
            {
                public void Run(Logger logger, int id)
                {
                    logger.LogInformation($"Payment {id}");
                    logger.Information("Payment " + id);
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Interpolation_BecomesNamedHoles()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            record User(string Email);
            record Payment(int Id);

            class Payments(ILogger logger)
            {
                public void Fail(Payment payment, User user)
                {
                    logger.LogWarning({|VIO3001:$"Payment {payment.Id} failed for {user.Email}"|});
                }
            }
            """;
        const string fixedSource = """
            using Microsoft.Extensions.Logging;

            record User(string Email);
            record Payment(int Id);

            class Payments(ILogger logger)
            {
                public void Fail(Payment payment, User user)
                {
                    logger.LogWarning("Payment {PaymentId} failed for {UserEmail}", payment.Id, user.Email);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Interpolation_KeepsFormatsConstantsAndBraces()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                private const int Width = 8;
                private const string Region = "co";

                public decimal GetTotal() => 0m;

                public void Report(int _orderId, DateTime at, Exception ex)
                {
                    logger.LogError(ex, {|VIO3001:$"{nameof(Orders)} {{batch}} {_orderId,Width} in {Region}: {GetTotal():N2} at {at:yyyy-MM-dd} total {this.GetTotal(),-6:C}"|});
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                private const int Width = 8;
                private const string Region = "co";

                public decimal GetTotal() => 0m;

                public void Report(int _orderId, DateTime at, Exception ex)
                {
                    logger.LogError(ex, "Orders {{batch}} {OrderId,8} in co: {Total:N2} at {At:yyyy-MM-dd} total {Total2,-6:C}", _orderId, GetTotal(), at, this.GetTotal());
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task ConcatenationAndFormat_ConvertTheSameWay()
    {
        const string source = """
            using System.Globalization;
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                public void Report(int id, decimal total, string name)
                {
                    logger.LogInformation({|VIO3001:"Order " + id + " for {" + name + "}"|});
                    logger.LogInformation({|VIO3001:string.Format(CultureInfo.InvariantCulture, "Order {1} total {0,10:N2} ({1})", total, id)|});
                    logger.LogInformation({|VIO3001:total.ToString("N2")|});
                }
            }
            """;
        const string fixedSource = """
            using System.Globalization;
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                public void Report(int id, decimal total, string name)
                {
                    logger.LogInformation("Order {Id} for {{{Name}}}", id, name);
                    logger.LogInformation("Order {Id} total {Total,10:N2} ({Id2})", id, total, id);
                    logger.LogInformation("{Total:N2}", total);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task VerbatimAndRawStrings_KeepTheirStyle()
    {
        const string source = """"
            using Microsoft.Extensions.Logging;

            class Files(ILogger logger)
            {
                public void Report(string path, int count)
                {
                    logger.LogInformation({|VIO3001:$@"Read ""{path}"" from C:\data"|});
                    logger.LogInformation({|VIO3001:$"""Read "{path}" now"""|});
                    logger.LogInformation({|VIO3001:$"""
                        Read {count} files
                          from "{path}"
                        """|});
                }
            }
            """";
        const string fixedSource = """"
            using Microsoft.Extensions.Logging;

            class Files(ILogger logger)
            {
                public void Report(string path, int count)
                {
                    logger.LogInformation(@"Read ""{Path}"" from C:\data", path);
                    logger.LogInformation("""Read "{Path}" now""", path);
                    logger.LogInformation("""
                        Read {Count} files
                          from "{Path}"
                        """, count, path);
                }
            }
            """";

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task RawStringWithLiteralBraces_EscapesThem()
    {
        // "$$" is caret markup for the test harness, so this source is read without markup.
        const string source = """"
            using Microsoft.Extensions.Logging;

            class Files(ILogger logger)
            {
                public void Report(int count)
                {
                    logger.LogInformation($$"""
                        Read {{count}} files
                        with {literal} braces
                        """);
                }
            }
            """";
        const string fixedSource = """"
            using Microsoft.Extensions.Logging;

            class Files(ILogger logger)
            {
                public void Report(int count)
                {
                    logger.LogInformation("""
                        Read {Count} files
                        with {{literal}} braces
                        """, count);
                }
            }
            """";
        var test = new VerifyFix.CodeFixTest();
        test.TestState.MarkupHandling = MarkupMode.None;
        test.FixedState.MarkupHandling = MarkupMode.None;
        test.TestState.Sources.Add(source);
        test.FixedState.Sources.Add(fixedSource);
        test.TestState.ExpectedDiagnostics.Add(
            new DiagnosticResult(VIO3001LogMessageNotConstantTemplateAnalyzer.Rule).WithSpan(7, 31, 10, 16).WithArguments("$\"…\""));

        await test.RunAsync();
        await FixedOutput.AssertCleanAsync(fixedSource);
    }

    [Fact]
    public async Task SerilogAndNLog_AreFixed()
    {
        const string source = """
            using System;
            using NLog;
            using Serilog.Events;

            class Payments(Serilog.ILogger serilog, Logger nlog)
            {
                public void Fail(int id, string userName, Exception ex)
                {
                    serilog.Error(ex, {|VIO3001:$"Payment {id} failed"|});
                    Serilog.Log.Write(LogEventLevel.Warning, {|VIO3001:"User " + userName|});
                    nlog.Error(ex, {|VIO3001:$"Payment {id} failed for {userName}"|});
                    nlog.Info({|VIO3001:$"Payment {id}"|});
                }
            }
            """;
        const string fixedSource = """
            using System;
            using NLog;
            using Serilog.Events;

            class Payments(Serilog.ILogger serilog, Logger nlog)
            {
                public void Fail(int id, string userName, Exception ex)
                {
                    serilog.Error(ex, "Payment {Id} failed", id);
                    Serilog.Log.Write(LogEventLevel.Warning, "User {UserName}", userName);
                    nlog.Error(ex, "Payment {Id} failed for {UserName}", id, userName);
                    nlog.Info("Payment {Id}", id);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task PassThroughAndExplicitArrays_AreFixed()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            record Order(int Id);

            class Orders(ILogger logger, Serilog.ILogger serilog)
            {
                public void Report(Order order, Func<int> getCount)
                {
                    logger.LogInformation("{Message}", {|VIO3001:$"Order {order.Id} has {getCount()} lines"|});
                    logger.LogInformation({|VIO3001:$"Order {order.Id}"|}, new object[0]);
                    logger.LogInformation("{Message}", new object[] { {|VIO3001:$"Order {order?.Id}"|} });
                    serilog.Information({|VIO3001:$"Order {order.Id}"|}, Array.Empty<object>());
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Logging;

            record Order(int Id);

            class Orders(ILogger logger, Serilog.ILogger serilog)
            {
                public void Report(Order order, Func<int> getCount)
                {
                    logger.LogInformation("Order {OrderId} has {GetCount} lines", order.Id, getCount());
                    logger.LogInformation("Order {OrderId}", order.Id);
                    logger.LogInformation("Order {OrderId}", new object[] { order?.Id });
                    serilog.Information("Order {OrderId}", order.Id);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task ScopesAndLevelOverloads_AreFixed()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                public void Report(int orderId, string? region)
                {
                    using var scope = logger.BeginScope({|VIO3001:$"Order {orderId}"|});
                    logger.Log(LogLevel.Warning, new EventId(3), {|VIO3001:"Region " + (region ?? "none")|});
                    logger.LogInformation(
                        {|VIO3001:$"Order {orderId} in {region}"|});
                }
            }
            """;
        const string fixedSource = """
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                public void Report(int orderId, string? region)
                {
                    using var scope = logger.BeginScope("Order {OrderId}", orderId);
                    logger.Log(LogLevel.Warning, new EventId(3), "Region {Value}", region ?? "none");
                    logger.LogInformation(
                        "Order {OrderId} in {Region}", orderId, region);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task FixAll_SpansDocuments()
    {
        const string first = """
            using Microsoft.Extensions.Logging;

            class First(ILogger logger)
            {
                public void Run(int id, string name)
                {
                    logger.LogInformation({|VIO3001:$"First {id}"|});
                    logger.LogWarning({|VIO3001:"Name " + name|});
                }
            }
            """;
        const string second = """
            class Second(Serilog.ILogger logger)
            {
                public void Run(int id)
                {
                    logger.Information({|VIO3001:$"Second {id} and {id}"|});
                }
            }
            """;
        const string firstFixed = """
            using Microsoft.Extensions.Logging;

            class First(ILogger logger)
            {
                public void Run(int id, string name)
                {
                    logger.LogInformation("First {Id}", id);
                    logger.LogWarning("Name {Name}", name);
                }
            }
            """;
        const string secondFixed = """
            class Second(Serilog.ILogger logger)
            {
                public void Run(int id)
                {
                    logger.Information("Second {Id} and {Id2}", id, id);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(new[] { first, second }, new[] { firstFixed, secondFixed });
    }

    [Fact]
    public async Task UnconvertibleCalls_KeepTheirDiagnostic()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Orders(ILogger logger)
            {
                public void Report(int id, object[] values, string pattern)
                {
                    logger.LogInformation({|VIO3001:$"Order {id}"|}, values);
                    logger.LogInformation({|VIO3001:$"Order {id} {{Extra}}"|}, id);
                    logger.LogInformation(message: {|VIO3001:$"Order {id}"|});
                    logger.LogInformation({|VIO3001:string.Format(pattern, id)|});
                    logger.Log(LogLevel.Error, new EventId(1), {|VIO3001:$"Order {id}"|}, null, (state, _) => state);
                }
            }
            """;

        await VerifyFix.CodeFixAsync(source, source);
    }
}
