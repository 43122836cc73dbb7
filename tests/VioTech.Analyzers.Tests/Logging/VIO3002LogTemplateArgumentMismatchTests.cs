using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Logging;
using VerifyAnalyzer = VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3002LogTemplateArgumentMismatchAnalyzer>;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class VIO3002LogTemplateArgumentMismatchTests
{
    [Fact]
    public async Task CountMismatch_IsReportedForEachLibrary()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Fail(int id, string email, Exception ex)
                {
                    logger.LogWarning({|VIO3002:"Payment {PaymentId} failed for {UserEmail}"|}, id);
                    logger.LogError(ex, {|VIO3002:"Payment {PaymentId} failed"|}, id, email);
                    logger.LogInformation({|VIO3002:"Payment {PaymentId}"|});
                    using var scope = logger.BeginScope({|VIO3002:"Payment {PaymentId}"|}, id, email);
                    serilog.Information({|VIO3002:"Payment {PaymentId} for {Email}"|}, id);
                    Serilog.Log.Error(ex, {|VIO3002:"Payment {PaymentId}"|}, new object[] { id, email });
                    nlog.Info({|VIO3002:"Payment {PaymentId} for {Email}"|}, id);
                    nlog.Info({|VIO3002:"Payment {0} for {1}"|}, id);
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Define_IsCheckedAgainstTypeArguments()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            static class Log
            {
                public static void Create()
                {
                    Action<ILogger, int, Exception?> failed =
                        LoggerMessage.Define<int>(LogLevel.Error, new EventId(1), {|VIO3002:"Payment {PaymentId} failed for {Email}"|});
                    Action<ILogger, int, string, Exception?> paid =
                        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId(2), "Payment {PaymentId} paid by {Email}");
                    Func<ILogger, int, IDisposable?> scope = LoggerMessage.DefineScope<int>("Payment {|VIO3002:{PaymentId|}");
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task SyntaxErrors_AreReportedAtTheirPosition()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog)
            {
                public void Fail(int id)
                {
                    logger.LogWarning("Payment {|VIO3002:{PaymentId failed|}", id);
                    serilog.Warning("Payment {PaymentId} {|VIO3002:}|} failed", id);
                    logger.LogWarning("Payment {Payment{|VIO3002: |}Id}", id);
                    logger.LogWarning("Payment {|VIO3002:{}|}", id);
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task LoggerMessageAttribute_IsChecked()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = {|VIO3002:"Payment {PaymentId} failed for {Email}"|})]
                public static partial void Failed(ILogger logger, int paymentId);

                [LoggerMessage(2, LogLevel.Warning, "Payment {|VIO3002:{PaymentId|}")]
                public static partial void Broken(ILogger logger, int paymentId);

                [LoggerMessage(3, LogLevel.Information, "Payment {PaymentId} paid")]
                public static partial void Paid(ILogger logger, int paymentId);
            }

            static partial class Log
            {
                public static partial void Failed(ILogger logger, int paymentId) { }
                public static partial void Broken(ILogger logger, int paymentId) { }
                public static partial void Paid(ILogger logger, int paymentId) { }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task MatchingCalls_AreNotReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            using NLog;

            class Payments(Microsoft.Extensions.Logging.ILogger logger, Serilog.ILogger serilog, Logger nlog)
            {
                public void Fail(int id, string email, Exception ex, object[] values, string dynamicTemplate)
                {
                    logger.LogWarning("Payment {PaymentId} failed for {UserEmail}", id, email);
                    logger.LogError(ex, "Payment {PaymentId} {{literal}} failed", id);
                    logger.LogInformation("No placeholders");
                    logger.LogInformation("Payment {PaymentId}", values);
                    logger.LogInformation(dynamicTemplate, id);
                    logger.LogInformation("JSON body: {\"a\": 1");
                    using var scope = logger.BeginScope("Payment {PaymentId}", id);
                    serilog.Information("Payment {0} for {1} again {0}", id, email);
                    serilog.Information("Payment {@Payment} {$Email,10:l}", id, email);
                    nlog.Info("Payment {0} for {1} again {0}", id, email);
                    nlog.Info("JSON body: {\"a\": 1}");
                    nlog.Log(NLog.LogLevel.Warn, ex, "Payment {PaymentId}", id);
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public void Message_IsLocalized()
    {
        var location = Microsoft.CodeAnalysis.Location.None;
        var detail = new Microsoft.CodeAnalysis.LocalizableResourceString(
            "VIO3002_CountDetail", VioTech.Analyzers.Infrastructure.AnalyzerResources.Manager,
            typeof(VioTech.Analyzers.Infrastructure.AnalyzerResources), "2", "1");
        var diagnostic = Microsoft.CodeAnalysis.Diagnostic.Create(VIO3002LogTemplateArgumentMismatchAnalyzer.Rule, location, detail);

        Assert.Equal(
            "The message template is invalid for this call: it has 2 placeholders and the call passes 1 values",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(
            "La plantilla de mensaje no es válida para esta llamada: tiene 2 marcadores de posición y la llamada pasa 1 valores",
            diagnostic.GetMessage(new CultureInfo("es")));
    }
}
