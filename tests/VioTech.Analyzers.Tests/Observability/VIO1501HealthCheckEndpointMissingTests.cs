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
}
