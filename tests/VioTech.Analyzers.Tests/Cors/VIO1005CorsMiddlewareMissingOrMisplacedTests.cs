using System.Threading.Tasks;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Cors;

public sealed class VIO1005CorsMiddlewareMissingOrMisplacedTests
{
    [Fact]
    public async Task AddCorsWithoutUseCors_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddPolicy("web", policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.MapGet("/events", () => "ok").RequireCors("web");
            {|VIO1005:app.Run()|};
            """;

        await Verify<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task UseCorsBeforeRoutingOrAfterAuthorization_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.{|VIO1005:UseCors()|};
            app.UseRouting();
            app.UseAuthorization();
            app.{|VIO1005:UseCors()|};
            app.Run();
            """;

        await Verify<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task UseCorsWithoutDefaultPolicy_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddPolicy("web", policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.{|VIO1005:UseCors()|};
            app.Run();
            """;

        await Verify<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task CorrectOrder_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options =>
            {
                options.AddDefaultPolicy(policy => policy.WithOrigins("https://tickets.example.com"));
                options.AddPolicy("partners", policy => policy.WithOrigins("https://partners.example.com"));
            });
            var app = builder.Build();
            app.UseRouting();
            app.UseCors();
            app.UseAuthentication();
            app.UseAuthorization();
            app.Run();
            """;

        await Verify<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task UseCorsInOwnExtensionInAnotherFile_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.UseApiCors();
            app.Run();
            """;
        const string extensions = """
            using Microsoft.AspNetCore.Builder;

            public static class CorsSetup
            {
                public static IApplicationBuilder UseApiCors(this IApplicationBuilder app) => app.UseCors();
            }
            """;

        await PipelineTest.RunAsync<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>(new[] { program, extensions }, null);
    }

    [Fact]
    public async Task UnknownLibrary_MakesMissingUnknown()
    {
        const string source = """
            using Contoso.Web;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors();
            var app = builder.Build();
            app.UseContosoDefaults();
            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>(new[] { source }, null, PipelineTest.ContosoLibrary);
    }
}

public sealed class VIO1005StartupTests
{
    [Fact]
    public async Task StartupWithCorsInConfigureServices_ChecksConfigure()
    {
        const string startup = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            public sealed class Startup
            {
                public void ConfigureServices(IServiceCollection services) =>
                    services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://tickets.example.com")));

                public void Configure(IApplicationBuilder app)
                {
                    app.UseRouting();
                    app.UseAuthorization();
                    app.{|VIO1005:UseCors()|};
                }
            }
            """;
        const string program = """
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => web.UseStartup<Startup>()).Build().Run();
            """;

        await Verify<VIO1005CorsMiddlewareMissingOrMisplacedAnalyzer>.AnalyzerAsync(new[] { startup, program });
    }
}
