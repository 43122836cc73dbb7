using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace VioTech.Api.Findings;

/// <summary>
/// Deliberate findings of the secret rules (VIO2001-VIO2005), one per marked line. Every value here
/// is fake. Provider keys are assembled from constant parts so that the file never contains a
/// whole key. VIO2001 and VIO2005 still report them, because they read constant concatenations.
/// The one whole key (the Resend key below) is obviously fake and gives the single-literal form of
/// VIO2001 a target.
/// </summary>
public static class SecretsFindings
{
    // Key prefixes, split so that no secret scanner run on this repository finds a whole key.
    private const string GitHubPrefix = "gh" + "p_";
    private const string StripeTestPrefix = "sk_" + "test_";

    // VIO2001: a Resend API key in a single literal (obviously fake, structurally valid).
    public static readonly string ResendApiKey = "re_DemoOnly_NotARealResendKeyJustADemo42";

    // VIO2001: a GitHub personal access token assembled from constants; its CRC32 checksum is valid.
    public static readonly string DeployToken = GitHubPrefix + "NotARealTokenVioTechSample0042" + "3OIDG7";

    // VIO2005: a Stripe test-mode secret key assembled from constants.
    public static readonly string StripeTestKey = StripeTestPrefix + "NotARealStripeTestKey4Demo";

    // VIO2002: a password held by a property whose name says so.
    public static string SmtpPassword { get; set; } = "Demo-Only#Pass9";

    // VIO2003: a password inside a connection string to a remote host.
    public const string TicketsDatabase = "Host=db.tickets.example.com;Database=tickets;Username=app;Password=Not-A-Real-Pass1;SSL Mode=Require";

    // VIO2004: a JWT signing key built from a string literal.
    public static SymmetricSecurityKey JwtSigningKey() =>
        new(Encoding.UTF8.GetBytes("demo-signing-key-not-for-production-use-0001"));

    // VIO2004: an HMAC key for webhook signatures from a byte array of constants.
    public static byte[] SignWebhook(byte[] payload) =>
        HMACSHA256.HashData(new byte[] { 0x10, 0x22, 0x34, 0x46, 0x58, 0x6A, 0x7C, 0x8E, 0x90, 0xA2, 0xB4, 0xC6 }, payload);

    // VIO2002: a credential passed by parameter name.
    public static NetworkCredential SmtpCredential() => new("tickets", "Demo-Only#Pass9");

    /// <summary>The compliant forms, for comparison: nothing here is reported.</summary>
    public static (string? Key, SymmetricSecurityKey Signing) Compliant(IConfiguration configuration)
    {
        var resendKey = configuration["Resend:ApiKey"];
        var signingKey = configuration["Jwt:SigningKey"]
            ?? throw new InvalidOperationException("Configuration value 'Jwt:SigningKey' is not set.");
        return (resendKey, new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)));
    }
}
