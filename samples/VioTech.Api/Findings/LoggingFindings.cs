using System.Diagnostics;

namespace VioTech.Api.Findings;

/// <summary>
/// Deliberate logging findings for the sample service: each marked line shows one rule of the
/// logging area (VIO3001 to VIO3006) as it appears in a ticketing and payments service.
/// </summary>
public sealed record TicketPayment(Guid Id, decimal Amount, string CardNumber, string Cvv);

public sealed record BuyerLogin(string Email, string Password);

public sealed class LoggingFindings(ILogger<LoggingFindings> logger, IConfiguration configuration, Serilog.ILogger auditLog)
{
    public void ConfirmPayment(TicketPayment payment, string buyerEmail)
    {
        // VIO3001: interpolated message; the fix turns it into "Payment {PaymentId} confirmed for {BuyerEmail}".
        logger.LogInformation($"Payment {payment.Id} confirmed for {buyerEmail}");

        // VIO3001: concatenation passed to Serilog.
        auditLog.Information("Ticket paid: " + payment.Amount);

        // VIO3002: two placeholders, one value.
        logger.LogInformation("Payment {PaymentId} charged {Amount}", payment.Id);

        // VIO3003: console output in service code; the fix writes through the injected logger.
        Console.WriteLine("Payment confirmed");
        Debug.WriteLine($"Amount {payment.Amount}"); // VIO3003: Debug output in service code.

        // VIO3005: camelCase and numeric placeholder names.
        logger.LogDebug("Payment {paymentId} for {0}", payment.Id, buyerEmail);
    }

    public void ChargeCard(TicketPayment payment)
    {
        // VIO3006: card number and CVV written to the audit log.
        auditLog.Information("Charging card {CardNumber} {Cvv}", payment.CardNumber, payment.Cvv);

        try
        {
            Charge(payment);
        }
        catch (InvalidOperationException ex)
        {
            // VIO3004: the exception message is logged instead of the exception.
            logger.LogWarning("Charge failed for {PaymentId}: {Reason}", payment.Id, ex.Message);

            // VIO3004: error-level call that drops the caught exception.
            logger.LogError("Charge failed for {PaymentId}", payment.Id);
        }
    }

    public void Login(BuyerLogin login, HttpContext context)
    {
        // VIO3006: password written to the log.
        logger.LogInformation("Login for {Email} with {Password}", login.Email, login.Password);

        // VIO3006: secret configuration value written to the log.
        logger.LogDebug("Wompi key {Key}", configuration["WOMPI_PRIVATE_KEY"]);

        // VIO3006: whole request headers written to the log.
        logger.LogInformation("Request headers {@Headers}", context.Request.Headers);
    }

    private static void Charge(TicketPayment payment)
    {
        if (payment.Amount <= 0)
        {
            throw new InvalidOperationException("Amount must be positive.");
        }
    }
}
