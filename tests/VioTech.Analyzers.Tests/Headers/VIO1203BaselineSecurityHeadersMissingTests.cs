using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Headers;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Headers;

public sealed class VIO1203BaselineSecurityHeadersMissingTests
{
    [Fact]
    public async Task OnlyNosniff_ReportsTheOthers()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                await next(context);
            });
            {|#0:app.Run()|};
            """;

        await Verify<VIO1203BaselineSecurityHeadersMissingAnalyzer>.AnalyzerAsync(
            source,
            new DiagnosticResult("VIO1203", DiagnosticSeverity.Info).WithLocation(0).WithArguments("Kestrel AddServerHeader = false"),
            new DiagnosticResult("VIO1203", DiagnosticSeverity.Info).WithLocation(0).WithArguments("Referrer-Policy"),
            new DiagnosticResult("VIO1203", DiagnosticSeverity.Info).WithLocation(0).WithArguments("X-Frame-Options / frame-ancestors"));
    }

    [Fact]
    public async Task AllHeadersWithFrameAncestors_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers.Append("Referrer-Policy", "no-referrer");
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                await next(context);
            });
            app.Run();
            """;

        await Verify<VIO1203BaselineSecurityHeadersMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ServerHeaderRemovedAndSecurityHeaders_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.Remove("Server");
                    return System.Threading.Tasks.Task.CompletedTask;
                });
                await next(context);
            });
            app.UseSecurityHeaders();
            app.Run();

            static class SecurityHeadersStub
            {
                public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app;
            }
            """;

        await Verify<VIO1203BaselineSecurityHeadersMissingAnalyzer>.AnalyzerAsync(source);
    }
}
