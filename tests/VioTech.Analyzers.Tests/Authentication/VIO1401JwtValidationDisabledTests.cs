using System.Threading.Tasks;
using VioTech.Analyzers.Authentication;
using VioTech.Analyzers.CodeFixes.Authentication;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Authentication;

public sealed class VIO1401JwtValidationDisabledTests
{
    /// <summary>A stand-in for Microsoft.IdentityModel.Tokens, which the tests do not reference.</summary>
    private const string TokensStub = """

        namespace Microsoft.IdentityModel.Tokens
        {
            public delegate SecurityToken SignatureValidator(string token, TokenValidationParameters validationParameters);

            public class SecurityToken { }

            public class TokenValidationParameters
            {
                public bool ValidateIssuerSigningKey { get; set; }
                public bool ValidateLifetime { get; set; } = true;
                public bool ValidateIssuer { get; set; } = true;
                public bool ValidateAudience { get; set; } = true;
                public bool RequireSignedTokens { get; set; } = true;
                public bool RequireExpirationTime { get; set; } = true;
                public System.TimeSpan ClockSkew { get; set; }
                public SignatureValidator? SignatureValidator { get; set; }
            }
        }

        namespace Microsoft.IdentityModel.JsonWebTokens
        {
            public class JsonWebToken : Microsoft.IdentityModel.Tokens.SecurityToken
            {
                public JsonWebToken(string token) { }
            }
        }
        """;

    [Fact]
    public async Task DisabledChecks_AreReported()
    {
        const string source = """
            using System;
            using Microsoft.IdentityModel.JsonWebTokens;
            using Microsoft.IdentityModel.Tokens;

            static class Jwt
            {
                public static TokenValidationParameters Create() => new TokenValidationParameters
                {
                    {|VIO1401:ValidateIssuer = false|},
                    {|VIO1401:ValidateLifetime = false|},
                    {|VIO1401:ClockSkew = TimeSpan.FromHours(1)|},
                    {|VIO1401:SignatureValidator = (token, _) => new JsonWebToken(token)|},
                };
            }
            """;

        await Verify<VIO1401JwtValidationDisabledAnalyzer>.AnalyzerAsync(source + TokensStub);
    }

    [Fact]
    public async Task ExplicitTrueAndDevelopmentOnly_AreNotReported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Hosting;
            using Microsoft.IdentityModel.Tokens;

            static class Jwt
            {
                public static TokenValidationParameters Create(IHostEnvironment environment)
                {
                    var parameters = new TokenValidationParameters
                    {
                        ValidateIssuer = true,
                        ValidateAudience = true,
                        ValidateLifetime = true,
                        ValidateIssuerSigningKey = true,
                        ClockSkew = TimeSpan.FromMinutes(1),
                    };
                    if (environment.IsDevelopment())
                    {
                        parameters.ValidateAudience = false;
                    }

                    return parameters;
                }
            }
            """;

        await Verify<VIO1401JwtValidationDisabledAnalyzer>.AnalyzerAsync(source + TokensStub);
    }

    [Fact]
    public async Task Fix_RestoresSafeValues_FixAll()
    {
        const string source = """
            using System;
            using Microsoft.IdentityModel.Tokens;

            static class Jwt
            {
                public static void Configure(TokenValidationParameters parameters)
                {
                    {|VIO1401:parameters.ValidateAudience = false|};
                    {|VIO1401:parameters.RequireSignedTokens = false|};
                    {|VIO1401:parameters.ClockSkew = TimeSpan.FromMinutes(30)|};
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.IdentityModel.Tokens;

            static class Jwt
            {
                public static void Configure(TokenValidationParameters parameters)
                {
                    parameters.ValidateAudience = true;
                    parameters.RequireSignedTokens = true;
                    parameters.ClockSkew = System.TimeSpan.FromMinutes(5);
                }
            }
            """;

        await Verify<VIO1401JwtValidationDisabledAnalyzer, VIO1401JwtValidationDisabledCodeFixProvider>.CodeFixAsync(source + TokensStub, fixedSource + TokensStub);
    }
}
