using System.Threading.Tasks;
using VerifyAnalyzer = VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3004ExceptionNotLoggedAsExceptionAnalyzer>;
using VerifyFix = VioTech.Analyzers.Tests.Infrastructure.Verify<
    VioTech.Analyzers.Logging.VIO3004ExceptionNotLoggedAsExceptionAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3004ExceptionNotLoggedAsExceptionCodeFixProvider>;
using VerifyCleanFix = VioTech.Analyzers.Tests.Logging.LoggingFixVerifier<
    VioTech.Analyzers.Logging.VIO3004ExceptionNotLoggedAsExceptionAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3004ExceptionNotLoggedAsExceptionCodeFixProvider>;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class VIO3004ExceptionNotLoggedAsExceptionTests
{
    [Fact]
    public async Task ExceptionAsValueOrText_IsReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Fail(int id, Exception error, InvalidOperationException invalid)
                {
                    logger.LogWarning("Payment {PaymentId} failed: {Error}", id, {|VIO3004:error|});
                    logger.LogInformation("Payment failed: {Reason}", {|VIO3004:error.Message|});
                    serilog.Warning("Payment failed: {Error}", {|VIO3004:invalid.ToString()|});
                    nlog.Warn("Payment failed: {Error}", {|VIO3004:invalid|});
                    logger.LogError({|VIO3004:error.Message|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task DroppedCaughtException_IsReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            using Serilog.Events;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Pay(int id)
                {
                    try
                    {
                        Charge(id);
                    }
                    catch (InvalidOperationException ex)
                    {
                        {|VIO3004:logger.LogError("Payment {PaymentId} failed", id)|};
                        {|VIO3004:logger.Log(LogLevel.Critical, "Payment {PaymentId} failed", id)|};
                        {|VIO3004:serilog.Write(LogEventLevel.Error, "Payment failed")|};
                        {|VIO3004:nlog.Fatal("Payment failed")|};
                    }
                    catch (Exception)
                    {
                        {|VIO3004:serilog.Fatal("Payment failed")|};
                    }
                }

                private static void Charge(int id) { }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task CorrectCalls_AreNotReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog)
            {
                public void Pay(int id, Exception error)
                {
                    logger.LogError(error, "Payment {PaymentId} failed", id);
                    logger.LogError(error, "Payment failed: {Reason}", error.Message);
                    serilog.Error(error, "Payment {PaymentId} failed", id);
                    try
                    {
                        Charge(id);
                    }
                    catch (Exception ex)
                    {
                        logger.LogWarning("Payment {PaymentId} will be retried", id);
                        logger.LogError(ex, "Payment {PaymentId} failed", id);
                        Action later = () => logger.LogError("Retry scheduled");
                    }
                }

                private static void Charge(int id) { }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task GuardedByExceptionTest_IsNotReported()
    {
        // The catch recognised a known failure from the exception and logs what it means.
        const string source = """
            using System;
            using System.Net;
            using System.Net.Http;
            using Microsoft.Extensions.Logging;

            class Scrobbler(ILogger logger)
            {
                public void Send(int userId)
                {
                    try
                    {
                        Post(userId);
                    }
                    catch (InvalidOperationException ex)
                    {
                        if (ex.Message.Contains("Access token is invalid"))
                        {
                            logger.LogCritical("Access token of user {UserId} must be rotated", userId);
                            return;
                        }

                        {|VIO3004:logger.LogError("Sending for user {UserId} failed", userId)|};
                    }
                    catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
                    {
                        logger.LogError("User {UserId} is unknown upstream", userId);
                    }
                }

                private static void Post(int userId) { }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ValueAndText_MoveToExceptionArgument()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Fail(int id, Exception error)
                {
                    logger.LogWarning("Payment {PaymentId} failed: {Error}", id, {|VIO3004:error|});
                    logger.LogInformation("Payment failed ({Reason}) for {PaymentId}", {|VIO3004:error.Message|}, id);
                    serilog.Warning("Payment {PaymentId} failed - {Error}", new object[] { id, {|VIO3004:error.ToString()|} });
                    nlog.Warn("{Error}", {|VIO3004:error|});
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Fail(int id, Exception error)
                {
                    logger.LogWarning(error, "Payment {PaymentId} failed", id);
                    logger.LogInformation(error, "Payment failed for {PaymentId}", id);
                    serilog.Warning(error, "Payment {PaymentId} failed", new object[] { id });
                    nlog.Warn(error, "");
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task DroppedException_IsAdded()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog)
            {
                public void Pay(int id)
                {
                    try
                    {
                        Charge(id);
                    }
                    catch (InvalidOperationException failure)
                    {
                        {|VIO3004:logger.LogError("Payment {PaymentId} failed", id)|};
                    }
                    catch (Exception)
                    {
                        {|VIO3004:serilog.Error("Payment {PaymentId} failed", id)|};
                        {|VIO3004:logger.LogCritical(new EventId(5), "Payment {PaymentId} lost", id)|};
                        throw;
                    }
                }

                private static void Charge(int id) { }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog)
            {
                public void Pay(int id)
                {
                    try
                    {
                        Charge(id);
                    }
                    catch (InvalidOperationException failure)
                    {
                        logger.LogError(failure, "Payment {PaymentId} failed", id);
                    }
                    catch (Exception ex)
                    {
                        serilog.Error(ex, "Payment {PaymentId} failed", id);
                        logger.LogCritical(new EventId(5), ex, "Payment {PaymentId} lost", id);
                        throw;
                    }
                }

                private static void Charge(int id) { }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task UnfixableShapes_KeepTheirDiagnostic()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger)
            {
                private const string Template = "Payment failed: {Error}";

                public void Fail(Exception error)
                {
                    logger.LogError({|VIO3004:error.Message|});
                    logger.LogWarning(Template, {|VIO3004:error|});
                    try
                    {
                    }
                    catch
                    {
                        {|VIO3004:logger.LogError("Unknown failure")|};
                    }
                }
            }
            """;

        await VerifyFix.CodeFixAsync(source, source);
    }
}
