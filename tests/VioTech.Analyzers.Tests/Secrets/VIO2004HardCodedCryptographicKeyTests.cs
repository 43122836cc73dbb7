using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.CodeFixes.Secrets;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class VIO2004HardCodedCryptographicKeyTests
{
    /// <summary>The JWT bearer package is not part of the shared framework; these stand-ins have its shapes.</summary>
    private const string IdentityModelStubs = """

        namespace Microsoft.IdentityModel.Tokens
        {
            public abstract class SecurityKey { }

            public class SymmetricSecurityKey : SecurityKey
            {
                public SymmetricSecurityKey(byte[] key) { }
            }

            public class SigningCredentials
            {
                public SigningCredentials(SecurityKey key, string algorithm) { }
            }
        }
        """;

    private readonly FakeSecrets fake = new(2004);

    [Fact]
    public async Task SymmetricSecurityKeyFromLiteral_ReportsApiAndLength()
    {
        var key = fake.Alnum(48);
        var source = $$"""
            using System.Text;
            using Microsoft.IdentityModel.Tokens;

            static class Jwt
            {
                public static SigningCredentials Credentials() =>
                    new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|#0:"{{key}}"|})), "HS256");
            }
            """ + IdentityModelStubs;

        var expected = new DiagnosticResult(VIO2004HardCodedCryptographicKeyAnalyzer.Rule)
            .WithLocation(0)
            .WithArguments("SymmetricSecurityKey", key.Length + " characters");
        await SecretsVerify.AnalyzerAsync<VIO2004HardCodedCryptographicKeyAnalyzer>(source, expected);
    }

    [Fact]
    public async Task CryptoApis_AreReported()
    {
        var source = $$"""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            static class Crypto
            {
                private static readonly byte[] WebhookKey = Encoding.ASCII.GetBytes({|VIO2004:"{{fake.Alnum(32)}}"|});

                public static byte[] Sign(byte[] payload)
                {
                    using var hmac = new HMACSHA256(WebhookKey);
                    var again = HMACSHA256.HashData(Convert.FromBase64String({|VIO2004:"{{System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(fake.Alnum(32)))}}"|}), payload);
                    using var aes = Aes.Create();
                    aes.Key = {|VIO2004:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
                    var utf8 = HMACSHA512.HashData({|VIO2004:"{{fake.Alnum(40)}}"u8|}, payload);
                    return hmac.ComputeHash(payload);
                }
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2004HardCodedCryptographicKeyAnalyzer>(source);
    }

    [Fact]
    public async Task KeysFromConfigurationOrRandom_AreNotReported()
    {
        var source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.IdentityModel.Tokens;

            static class Crypto
            {
                public static void Build(IConfiguration configuration, byte[] payload)
                {
                    var fromConfiguration = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"]!));
                    using var hmac = new HMACSHA256(RandomNumberGenerator.GetBytes(32));
                    using var aes = Aes.Create();
                    aes.GenerateKey();
                    aes.IV = new byte[16];
                    var hash = SHA256.HashData(Encoding.UTF8.GetBytes("not a key"));
                }
            }
            """ + IdentityModelStubs;

        await SecretsVerify.AnalyzerAsync<VIO2004HardCodedCryptographicKeyAnalyzer>(source);
    }

    [Fact]
    public async Task CodeFix_ReplacesLiteralKeys_AndFixAll()
    {
        var source = $$"""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.IdentityModel.Tokens;

            sealed class Keys
            {
                public SymmetricSecurityKey Jwt() => new(Encoding.UTF8.GetBytes({|VIO2004:"{{fake.Alnum(48)}}"|}));

                public HMACSHA256 Webhook() => new(Encoding.UTF8.GetBytes({|VIO2004:"{{fake.Alnum(32)}}"|}));
            }
            """ + IdentityModelStubs;
        var fixedSource = """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.IdentityModel.Tokens;

            sealed class Keys
            {
                public SymmetricSecurityKey Jwt() => new(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not set.")));

                public HMACSHA256 Webhook() => new(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("HMAC_SECRET_KEY") ?? throw new InvalidOperationException("HMAC_SECRET_KEY is not set.")));
            }
            """ + IdentityModelStubs;

        await SecretsVerify.CodeFixAsync<VIO2004HardCodedCryptographicKeyAnalyzer, VIO2004HardCodedCryptographicKeyCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public async Task CodeFix_ByteArrayKey_OffersNoFix()
    {
        const string source = """
            using System.Security.Cryptography;

            static class Keys
            {
                public static HMACSHA256 Create() => new({|VIO2004:new byte[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 }|});
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2004HardCodedCryptographicKeyAnalyzer, VIO2004HardCodedCryptographicKeyCodeFixProvider>(source, source);
    }
}
