using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Transport;
using VioTech.Analyzers.Transport;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Transport;

public sealed class VIO1102HttpsRedirectionNotEnabledTests
{
    [Fact]
    public async Task Program_WithoutRedirection_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/payments", () => "ok");
            {|VIO1102:app.Run()|};
            """;

        await Verify<VIO1102HttpsRedirectionNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ProxyRedirectsHttps_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/payments", () => "ok");
            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1102HttpsRedirectionNotEnabledAnalyzer>(
            new[] { source }, "viotech.behind_proxy = true\nviotech.proxy_redirects_https = true");
    }

    [Fact]
    public async Task RedirectionInOwnExtensionInAnotherFile_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            Security.Apply(app);
            app.Run();
            """;
        const string security = """
            using Microsoft.AspNetCore.Builder;

            public static class Security
            {
                public static void Apply(IApplicationBuilder app) => app.UseHttpsRedirection();
            }
            """;

        await PipelineTest.RunAsync<VIO1102HttpsRedirectionNotEnabledAnalyzer>(new[] { program, security }, null);
    }

    [Fact]
    public async Task GenericBuilderHelperInAnotherFile_IsReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGroup("/orders").WithChecks();
            {|VIO1102:app.Run()|};
            """;
        const string checks = """
            using Microsoft.AspNetCore.Builder;

            public static class EndpointChecks
            {
                public static TBuilder WithChecks<TBuilder>(this TBuilder builder)
                    where TBuilder : IEndpointConventionBuilder => builder;
            }
            """;

        await PipelineTest.RunAsync<VIO1102HttpsRedirectionNotEnabledAnalyzer>(new[] { program, checks }, null);
    }

    [Fact]
    public async Task RedirectionOnlyInMappedBranch_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Map("/admin", admin => admin.UseHttpsRedirection());
            {|VIO1102:app.Run()|};
            """;

        await Verify<VIO1102HttpsRedirectionNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task RedirectionInUseWhenBranch_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
            app.Run();
            """;

        await Verify<VIO1102HttpsRedirectionNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task WorkerService_IsNotAnalyzed()
    {
        await Verify<VIO1102HttpsRedirectionNotEnabledAnalyzer>.AnalyzerAsync(PipelineTest.WorkerService);
    }

    [Fact]
    public async Task Fix_InsertsAfterGuardedHsts()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseAuthorization();
            {|VIO1102:app.Run()|};
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseHttpsRedirection();

            app.UseAuthorization();
            app.Run();
            """;

        await Verify<VIO1102HttpsRedirectionNotEnabledAnalyzer, VIO1102HttpsRedirectionNotEnabledCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_TwoStartupClasses_FixAll()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => web.UseStartup<Startup>()).Build().Run();

            public sealed class Startup
            {
                public void {|VIO1102:Configure|}(IApplicationBuilder app)
                {
                    app.UseRouting();
                }
            }

            public sealed class AdminStartup
            {
                public void {|VIO1102:Configure|}(IApplicationBuilder admin)
                {
                    admin.UseAuthentication();
                }
            }
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => web.UseStartup<Startup>()).Build().Run();

            public sealed class Startup
            {
                public void Configure(IApplicationBuilder app)
                {
                    app.UseHttpsRedirection();
                    app.UseRouting();
                }
            }

            public sealed class AdminStartup
            {
                public void Configure(IApplicationBuilder admin)
                {
                    admin.UseHttpsRedirection();
                    admin.UseAuthentication();
                }
            }
            """;

        await Verify<VIO1102HttpsRedirectionNotEnabledAnalyzer, VIO1102HttpsRedirectionNotEnabledCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }
}
