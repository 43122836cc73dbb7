using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Observability;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Observability;

public sealed class VIO1501HealthCheckEndpointMissingTests
{
    [Fact]
    public async Task AddHealthChecksWithoutMap_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHealthChecks();
            var app = builder.Build();
            app.MapGet("/tickets", () => "ok");
            {|VIO1501:app.Run()|};
            """;

        await Verify<VIO1501HealthCheckEndpointMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task MappedChecksOrHealthRoute_AreNotReported()
    {
        const string mapped = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHealthChecks();
            var app = builder.Build();
            app.MapHealthChecks("/healthz");
            app.Run();
            """;
        const string route = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/health", () => "ok");
            app.Run();
            """;

        await Verify<VIO1501HealthCheckEndpointMissingAnalyzer>.AnalyzerAsync(mapped);
        await Verify<VIO1501HealthCheckEndpointMissingAnalyzer>.AnalyzerAsync(route);
    }

    [Fact]
    public async Task ConfiguredHealthPath_IsUsed()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/status/ping", () => "ok");
            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1501HealthCheckEndpointMissingAnalyzer>(new[] { source }, "viotech.health_check_paths = /status/ping");
    }

    [Fact]
    public async Task HealthControllerAction_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            app.UseRouting();
            app.UseEndpoints(endpoints => endpoints.MapControllers());
            app.Run();
            """;
        const string controllers = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/[controller]")]
            public abstract class ApiControllerBase : ControllerBase
            {
            }

            public sealed class HealthController : ApiControllerBase
            {
                [HttpGet]
                public IActionResult Get() => Ok("Ok");
            }
            """;

        await PipelineTest.RunAsync<VIO1501HealthCheckEndpointMissingAnalyzer>(new[] { program, controllers }, null);
    }

    [Fact]
    public async Task HealthRouteOnActionAttribute_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            app.MapControllers();
            app.Run();
            """;
        const string controllers = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/status")]
            public sealed class StatusController : ControllerBase
            {
                [HttpGet("ready")]
                public IActionResult Ready() => Ok();
            }
            """;

        await PipelineTest.RunAsync<VIO1501HealthCheckEndpointMissingAnalyzer>(new[] { program, controllers }, null);
    }

    [Fact]
    public async Task OtherControllerRoutes_AreReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            app.MapControllers();
            {|#0:app.Run()|};
            """;
        const string controllers = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/[controller]")]
            public sealed class TicketsController : ControllerBase
            {
                [HttpGet("healthy-tickets")]
                public IActionResult Healthy() => Ok();

                [HttpGet("{id}/live")]
                [NonAction]
                public IActionResult Live(int id) => Ok();
            }
            """;

        await PipelineTest.RunAsync<VIO1501HealthCheckEndpointMissingAnalyzer>(
            new[] { program, controllers }, null, new DiagnosticResult("VIO1501", DiagnosticSeverity.Info).WithLocation(0));
    }

    [Fact]
    public async Task HealthControllerWithoutMappedControllers_IsReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.MapControllers();
            }

            {|#0:app.Run()|};
            """;
        const string controllers = """
            using Microsoft.AspNetCore.Mvc;

            public sealed class HealthController : ControllerBase
            {
                [HttpGet("/health")]
                public IActionResult Get() => Ok();
            }
            """;

        await PipelineTest.RunAsync<VIO1501HealthCheckEndpointMissingAnalyzer>(
            new[] { program, controllers }, null, new DiagnosticResult("VIO1501", DiagnosticSeverity.Info).WithLocation(0));
    }

    [Fact]
    public async Task WorkerService_IsNotAnalyzed()
    {
        await Verify<VIO1501HealthCheckEndpointMissingAnalyzer>.AnalyzerAsync(PipelineTest.WorkerService);
    }
}

public sealed class VIO1502ExceptionHandlerMissingTests
{
    [Fact]
    public async Task DeveloperPageOnly_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            {|VIO1502:app.Run()|};
            """;

        await Verify<VIO1502ExceptionHandlerMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HandlerForms_AreNotReported()
    {
        const string handler = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (!app.Environment.IsDevelopment())
            {
                app.UseExceptionHandler("/error");
            }

            app.Run();
            """;
        const string problemDetails = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddProblemDetails();
            var app = builder.Build();
            app.UseStatusCodePages();
            app.Run();
            """;

        await Verify<VIO1502ExceptionHandlerMissingAnalyzer>.AnalyzerAsync(handler);
        await Verify<VIO1502ExceptionHandlerMissingAnalyzer>.AnalyzerAsync(problemDetails);
    }

    [Fact]
    public async Task MiddlewareClassWritingResponse_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseMiddleware<ErrorHandlingMiddleware>();
            app.MapGet("/tickets", () => "ok");
            app.Run();
            """;
        const string middleware = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;

            public sealed class ErrorHandlingMiddleware(RequestDelegate next)
            {
                public async Task Invoke(HttpContext context)
                {
                    try
                    {
                        await next(context);
                    }
                    catch (Exception exception)
                    {
                        await WriteErrorAsync(context, exception);
                    }
                }

                private static Task WriteErrorAsync(HttpContext context, Exception exception)
                {
                    context.Response.ContentType = "application/json";
                    return Respond(context, exception is ArgumentException ? 400 : 500);
                }

                private static Task Respond(HttpContext context, int status)
                {
                    context.Response.StatusCode = status;
                    return context.Response.WriteAsync("{}");
                }
            }
            """;

        await PipelineTest.RunAsync<VIO1502ExceptionHandlerMissingAnalyzer>(new[] { program, middleware }, null);
    }

    [Fact]
    public async Task InlineUseWritingResponse_IsNotReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                try
                {
                    await next();
                }
                catch (Exception)
                {
                    await Results.Problem(statusCode: 500).ExecuteAsync(context);
                }
            });
            app.Run();
            """;

        await Verify<VIO1502ExceptionHandlerMissingAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task RethrowingOrDevelopmentMiddleware_IsReported()
    {
        const string rethrows = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseMiddleware<LoggingMiddleware>();
            {|#0:app.Run()|};
            """;
        const string developmentOnly = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            public static class Pipeline
            {
                public static void UseAppMiddleware(WebApplication app)
                {
                    if (app.Environment.IsDevelopment())
                    {
                        app.UseMiddleware<WritingMiddleware>();
                    }
                }
            }
            """;
        const string middleware = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;

            public sealed class LoggingMiddleware(RequestDelegate next)
            {
                public async Task InvokeAsync(HttpContext context)
                {
                    try
                    {
                        await next(context);
                    }
                    catch (Exception exception)
                    {
                        context.Response.Headers["X-Error"] = exception.GetType().Name;
                        throw;
                    }
                }
            }

            public sealed class WritingMiddleware(RequestDelegate next)
            {
                public async Task InvokeAsync(HttpContext context)
                {
                    try
                    {
                        await next(context);
                    }
                    catch (Exception)
                    {
                        context.Response.StatusCode = 500;
                    }
                }
            }
            """;
        const string developmentProgram = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            Pipeline.UseAppMiddleware(app);
            {|#0:app.Run()|};
            """;

        await PipelineTest.RunAsync<VIO1502ExceptionHandlerMissingAnalyzer>(
            new[] { rethrows, middleware }, null, new DiagnosticResult("VIO1502", DiagnosticSeverity.Info).WithLocation(0));
        await PipelineTest.RunAsync<VIO1502ExceptionHandlerMissingAnalyzer>(
            new[] { developmentProgram, developmentOnly, middleware }, null, new DiagnosticResult("VIO1502", DiagnosticSeverity.Info).WithLocation(0));
    }
}
