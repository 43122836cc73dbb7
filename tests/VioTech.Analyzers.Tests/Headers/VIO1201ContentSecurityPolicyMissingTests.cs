using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Headers;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Headers;

public sealed class VIO1201ContentSecurityPolicyMissingTests
{
    [Fact]
    public async Task RazorPagesWithoutCsp_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            var app = builder.Build();
            app.UseStaticFiles();
            app.MapRazorPages();
            {|VIO1201:app.Run()|};
            """;

        await Verify<VIO1201ContentSecurityPolicyMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task PureApi_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/tickets", () => "ok");
            app.Run();
            """;

        await Verify<VIO1201ContentSecurityPolicyMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ApplicationKindPages_ReportsApi()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/", () => "ok");
            {|#0:app.Run()|};
            """;

        await PipelineTest.RunAsync<VIO1201ContentSecurityPolicyMissingAnalyzer>(
            new[] { source }, "viotech.application_kind = pages",
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("VIO1201").WithLocation(0));
    }

    [Fact]
    public async Task CspInOnStartingCallback_IsNotReported()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'";
                    return Task.CompletedTask;
                });
                await next(context);
            });
            app.MapRazorPages();
            app.Run();
            """;

        await Verify<VIO1201ContentSecurityPolicyMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task CspInMiddlewareClassInAnotherFile_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllersWithViews();
            var app = builder.Build();
            app.UseMiddleware<SecurityHeadersMiddleware>();
            app.MapDefaultControllerRoute();
            app.Run();
            """;
        const string middleware = """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;

            public sealed class SecurityHeadersMiddleware
            {
                private const string Policy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'";
                private readonly RequestDelegate next;

                public SecurityHeadersMiddleware(RequestDelegate next) => this.next = next;

                public Task InvokeAsync(HttpContext context)
                {
                    context.Response.Headers["Content-Security-Policy"] = Policy;
                    return next(context);
                }
            }
            """;

        await PipelineTest.RunAsync<VIO1201ContentSecurityPolicyMissingAnalyzer>(new[] { program, middleware }, null);
    }

    private const string MvcProgram = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddMvc();
        var app = builder.Build();
        app.UseRouting();
        app.MapControllers();
        {|#0:app.Run()|};
        """;

    [Fact]
    public async Task AddMvcApiWithoutViews_IsNotReported()
    {
        const string controllers = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("articles")]
            public sealed class ArticlesController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok(new[] { "a" });
            }

            [Route("tags")]
            public sealed class TagsController : Controller
            {
                [HttpGet]
                public IActionResult List() => Json(new[] { "dotnet" });
            }
            """;

        await PipelineTest.RunAsync<VIO1201ContentSecurityPolicyMissingAnalyzer>(new[] { MvcProgram, controllers }, null);
        await PipelineTest.RunAsync<VIO1204ContentSecurityPolicyMissingInApiAnalyzer>(
            new[] { MvcProgram, controllers }, null, new DiagnosticResult("VIO1204", DiagnosticSeverity.Info).WithLocation(0));
    }

    [Fact]
    public async Task AddMvcWithViewController_IsReported()
    {
        const string controllers = """
            using Microsoft.AspNetCore.Mvc;

            public sealed class HomeController : Controller
            {
                public IActionResult Index() => View();
            }
            """;

        await PipelineTest.RunAsync<VIO1201ContentSecurityPolicyMissingAnalyzer>(
            new[] { MvcProgram, controllers }, null, DiagnosticResult.CompilerWarning("VIO1201").WithLocation(0));
    }

    [Fact]
    public async Task AddMvcWithRazorViewFile_IsReported()
    {
        var test = new Verify<VIO1201ContentSecurityPolicyMissingAnalyzer>.AnalyzerTest();
        test.TestState.Sources.Add(("/0/Program.cs", MvcProgram));
        test.TestState.AdditionalFiles.Add(("/0/Views/Home/Index.cshtml", "<h1>@ViewData[\"Title\"]</h1>"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("VIO1201").WithLocation(0));
        TestHelpers.SetOutputKind(test.TestState);

        await test.RunAsync();
    }

    [Fact]
    public async Task WorkerService_IsNotAnalyzed()
    {
        await Verify<VIO1201ContentSecurityPolicyMissingAnalyzer>.AnalyzerAsync(PipelineTest.WorkerService);
    }
}
