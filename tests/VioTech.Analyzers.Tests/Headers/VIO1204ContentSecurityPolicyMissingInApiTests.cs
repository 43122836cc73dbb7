using System.Threading.Tasks;
using VioTech.Analyzers.Headers;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Headers;

public sealed class VIO1204ContentSecurityPolicyMissingInApiTests
{
    [Fact]
    public async Task ApiWithoutCsp_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/tickets", () => "ok");
            {|VIO1204:app.Run()|};
            """;

        await Verify<VIO1204ContentSecurityPolicyMissingInApiAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ApiWithCspOrPages_AreNotReported()
    {
        const string api = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'";
                await next(context);
            });
            app.MapGet("/tickets", () => "ok");
            app.Run();
            """;
        const string pages = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            var app = builder.Build();
            app.MapRazorPages();
            app.Run();
            """;

        await Verify<VIO1204ContentSecurityPolicyMissingInApiAnalyzer>.AnalyzerAsync(api);
        await Verify<VIO1204ContentSecurityPolicyMissingInApiAnalyzer>.AnalyzerAsync(pages);
    }

    [Fact]
    public async Task WorkerService_IsNotAnalyzed()
    {
        await Verify<VIO1204ContentSecurityPolicyMissingInApiAnalyzer>.AnalyzerAsync(PipelineTest.WorkerService);
    }
}
