using System.Threading.Tasks;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Cors;

public sealed class VIO1002CorsAnyOriginWithCredentialsTests
{
    [Fact]
    public async Task ReflectedOriginWithCredentials_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options =>
            {
                options.AddDefaultPolicy(policy => policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().{|VIO1002:AllowCredentials()|});
                options.AddPolicy("legacy", policy =>
                {
                    policy.WithOrigins("*");
                    policy.{|VIO1002:AllowCredentials()|};
                });
            });
            builder.Build().Run();
            """;

        await Verify<VIO1002CorsAnyOriginWithCredentialsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task NamedRestrictivePolicyBesideDefault_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options =>
            {
                options.AddDefaultPolicy(policy => policy.AllowAnyOrigin());
                options.AddPolicy("checkout", policy => policy.WithOrigins("https://tickets.example.com").AllowCredentials());
            });
            builder.Build().Run();
            """;

        await Verify<VIO1002CorsAnyOriginWithCredentialsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task OriginsFromConfigurationWithCredentials_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? new string[0];
            builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowCredentials()));
            builder.Build().Run();
            """;

        await Verify<VIO1002CorsAnyOriginWithCredentialsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task DevelopmentOnlyPolicy_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            if (builder.Environment.IsDevelopment())
            {
                builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.SetIsOriginAllowed(_ => true).AllowCredentials()));
            }

            builder.Build().Run();
            """;

        await Verify<VIO1002CorsAnyOriginWithCredentialsAnalyzer>.AnalyzerAsync(source);
    }
}
