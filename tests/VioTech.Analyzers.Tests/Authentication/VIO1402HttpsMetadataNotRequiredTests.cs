using System.Threading.Tasks;
using VioTech.Analyzers.Authentication;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Authentication;

public sealed class VIO1402HttpsMetadataNotRequiredTests
{
    /// <summary>A stand-in for the JWT bearer options, which the tests do not reference.</summary>
    private const string JwtBearerStub = """

        namespace Contoso.Auth
        {
            public class JwtBearerOptions : Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions
            {
                public bool RequireHttpsMetadata { get; set; } = true;
            }
        }
        """;

    [Fact]
    public async Task ConstantFalse_IsReported()
    {
        const string source = """
            using Contoso.Auth;

            static class Auth
            {
                public static void Configure(JwtBearerOptions options) => {|VIO1402:options.RequireHttpsMetadata = false|};

                public static void Main() { }
            }
            """;

        await Verify<VIO1402HttpsMetadataNotRequiredAnalyzer>.AnalyzerAsync(source + JwtBearerStub);
    }

    [Fact]
    public async Task EnvironmentValueOrDevelopmentBranch_IsNotReported()
    {
        const string source = """
            using Contoso.Auth;
            using Microsoft.Extensions.Hosting;

            static class Auth
            {
                public static void Configure(JwtBearerOptions options, IHostEnvironment environment)
                {
                    options.RequireHttpsMetadata = !environment.IsDevelopment();
                    if (environment.IsDevelopment())
                    {
                        options.RequireHttpsMetadata = false;
                    }
                }
            }
            """;

        await Verify<VIO1402HttpsMetadataNotRequiredAnalyzer>.AnalyzerAsync(source + JwtBearerStub);
    }
}
