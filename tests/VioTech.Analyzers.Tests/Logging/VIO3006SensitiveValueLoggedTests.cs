using System.Threading.Tasks;
using VerifyAnalyzer = VioTech.Analyzers.Tests.Infrastructure.Verify<VioTech.Analyzers.Logging.VIO3006SensitiveValueLoggedAnalyzer>;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class VIO3006SensitiveValueLoggedTests
{
    [Fact]
    public async Task SecretNames_AreReported()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            record Card(string Number, string Cvv);
            record Login(string UserName, string Password, string NationalId);

            class Accounts(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
            {
                private readonly string _apiKey = "";

                public void Log(Login login, Card card, string accessToken, string GetClientSecret)
                {
                    logger.LogInformation("Login {UserName} with {Password}", login.UserName, {|VIO3006:login.Password|});
                    logger.LogDebug("Token {Token}", {|VIO3006:accessToken|});
                    serilog.Information("Card {Number} {Cvv}", {|VIO3006:card.Number|}, {|VIO3006:card.Cvv|});
                    nlog.Info("Key {Key}", {|VIO3006:_apiKey|});
                    logger.LogWarning($"National id {{|VIO3006:login.NationalId|}}");
                    logger.LogWarning("Secret " + {|VIO3006:GetClientSecret|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ConfigurationAndRequest_AreReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;

            class Startup(ILogger logger, IConfiguration configuration)
            {
                public void Log(HttpContext context)
                {
                    logger.LogInformation("Jwt {Value}", {|VIO3006:configuration["JWT_SECRET"]|});
                    logger.LogInformation("Db {Value}", {|VIO3006:configuration.GetConnectionString("Default")|});
                    logger.LogInformation("Key {Value}", {|VIO3006:Environment.GetEnvironmentVariable("RESEND_API_KEY")|});
                    logger.LogInformation("Headers {@Headers}", {|VIO3006:context.Request.Headers|});
                    logger.LogInformation("Auth {Auth}", {|VIO3006:context.Request.Headers.Authorization|});
                    logger.LogInformation("Auth {Auth}", {|VIO3006:context.Request.Headers["Authorization"]|});
                    logger.LogInformation("Body {Body}", {|VIO3006:context.Request.Body|});
                    logger.LogInformation("Wompi {Value}", {|VIO3006:configuration.GetValue<string>("Wompi:PrivateKey")|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HarmlessValues_AreNotReported()
    {
        const string source = """
            using System;
            using System.Threading;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;

            class Accounts(ILogger logger, IConfiguration configuration)
            {
                public void Log(HttpContext context, string userName, int tokenLength, bool hasPassword, DateTime tokenExpiresAt,
                    string secretName, CancellationToken cancellationToken, int paymentTokenId)
                {
                    logger.LogInformation("User {UserName}", userName);
                    logger.LogInformation("Token of {Length} characters, expires {ExpiresAt}", tokenLength, tokenExpiresAt);
                    logger.LogInformation("Has password {HasPassword}, secret {SecretName}", hasPassword, secretName);
                    logger.LogInformation("Cancelled {Cancelled}, token id {TokenId}", cancellationToken.IsCancellationRequested, paymentTokenId);
                    logger.LogInformation("Region {Region}", configuration["REGION"]);
                    logger.LogInformation("Path {Path}, agent {Agent}", context.Request.Path, context.Request.Headers.UserAgent);
                    logger.LogInformation("Password reset requested");
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task SecretWordOnlyInOwner_IsNotReported()
    {
        // The request type is named after the operation, not after its members.
        const string source = """
            using Microsoft.Extensions.Logging;

            record ResetPasswordDto(string UserName, string Password);
            record TokenRequest(string Email);

            class Accounts(ILogger logger)
            {
                public void Log(ResetPasswordDto resetPasswordDto, TokenRequest tokenRequest)
                {
                    logger.LogInformation("{User}'s password has been reset", resetPasswordDto.UserName);
                    logger.LogInformation("Token requested by {Email}", tokenRequest.Email);
                    logger.LogInformation("New password {Password}", {|VIO3006:resetPasswordDto.Password|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }

    [Fact]
    public async Task SecretWordAcrossOwnerAndMember_IsReported()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            record Api(string Key);
            record Client(Api Api);

            class Payments(ILogger logger)
            {
                public void Log(Client client)
                {
                    logger.LogInformation("Key {Key}", {|VIO3006:client.Api.Key|});
                }
            }
            """;

        await VerifyAnalyzer.AnalyzerAsync(source);
    }
}
