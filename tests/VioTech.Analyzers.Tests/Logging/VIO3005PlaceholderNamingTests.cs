using System.Threading.Tasks;
using VerifyAnalyzer = VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3005PlaceholderNamingAnalyzer>;
using VerifyFix = VioTech.Analyzers.Tests.Infrastructure.Verify<
    VioTech.Analyzers.Logging.VIO3005PlaceholderNamingAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3005PlaceholderNamingCodeFixProvider>;
using VerifyCleanFix = VioTech.Analyzers.Tests.Logging.LoggingFixVerifier<
    VioTech.Analyzers.Logging.VIO3005PlaceholderNamingAnalyzer,
    VioTech.Analyzers.CodeFixes.Logging.VIO3005PlaceholderNamingCodeFixProvider>;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class VIO3005PlaceholderNamingTests
{
    [Fact]
    public async Task BadNames_AreReported()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Pay(int id, string email)
                {
                    logger.LogInformation({|VIO3005:"Payment {paymentId} paid"|}, id);
                    logger.LogInformation({|VIO3005:"Payment {payment_id} paid"|}, id);
                    logger.LogInformation({|VIO3005:"Payment {0} paid by {1}"|}, id, email);
                    serilog.Information({|VIO3005:"Payment {Id} and {Id}"|}, id, id);
                    nlog.Info({|VIO3005:"Payment {0}"|}, id);
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task GoodNames_AreNotReported()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger, Serilog.ILogger serilog)
            {
                public void Pay(int id, string email, decimal total)
                {
                    logger.LogInformation("Payment {PaymentId} paid by {UserEmail}", id, email);
                    logger.LogInformation("Total {Total,10:N2} for {@Payment} and {$Email}", total, id, email);
                    logger.LogInformation("No placeholders, {{literal}} braces");
                    serilog.Information("Payment {PaymentId2} and {PaymentId}", id, id);
                    logger.LogInformation($"Dynamic {id}");
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task CamelCaseOption_ReversesTheCheck()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(ILogger logger)
            {
                public void Pay(int id)
                {
                    logger.LogInformation({|VIO3005:"Payment {PaymentId} paid"|}, id);
                    logger.LogInformation("Payment {paymentId} paid", id);
                }
            }
            """;
        var test = new VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3005PlaceholderNamingAnalyzer>.AnalyzerTest();
        test.TestState.Sources.Add(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nviotech.vio3005.placeholder_case = camel\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Names_AreFixed()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;

            record Payment(int Id);

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Pay(Payment payment, string email, decimal total)
                {
                    logger.LogInformation({|VIO3005:"Payment {paymentId} paid by {user_email}"|}, payment.Id, email);
                    logger.LogInformation({|VIO3005:"Payment {1} paid by {0}"|}, payment.Id, email);
                    serilog.Information({|VIO3005:"Total {total,10:N2} for {@payment} and {Id} {Id}"|}, total, payment, payment.Id, payment.Id);
                    nlog.Info({|VIO3005:"Payment {0} for {1}"|}, payment.Id, (object)email);
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Logging;

            record Payment(int Id);

            class Payments(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                public void Pay(Payment payment, string email, decimal total)
                {
                    logger.LogInformation("Payment {PaymentId} paid by {UserEmail}", payment.Id, email);
                    logger.LogInformation("Payment {PaymentId} paid by {Email}", payment.Id, email);
                    serilog.Information("Total {Total,10:N2} for {@Payment} and {Id} {Id2}", total, payment, payment.Id, payment.Id);
                    nlog.Info("Payment {PaymentId} for {Email}", payment.Id, (object)email);
                }
            }
            """;

        await VerifyCleanFix.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task UnmatchedNumericNames_OfferNoFix()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            class Payments(Serilog.ILogger serilog)
            {
                private const string Template = "Payment {paymentId}";

                public void Pay(int id, string email, ILogger logger)
                {
                    serilog.Information({|VIO3005:"Payment {1} by {0}"|}, id, email);
                    serilog.Information({|VIO3005:"Payment {0} again {0}"|}, id);
                    logger.LogInformation({|VIO3005:Template|}, id);
                }
            }
            """;

        await VerifyFix.CodeFixAsync(source, source);
    }
}
