using System.Threading.Tasks;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Cors;

public sealed class VIO1006CorsPolicyNotDefinedTests
{
    [Fact]
    public async Task MisspelledPolicyName_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddPolicy("Frontend", policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.UseRouting();
            app.{|VIO1006:UseCors("frontend")|};
            app.MapGet("/events", () => "ok").{|VIO1006:RequireCors("partners")|};
            app.Run();
            """;

        await Verify<VIO1006CorsPolicyNotDefinedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task DefinedPolicyName_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            const string Frontend = "Frontend";
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddPolicy(Frontend, policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.UseCors(Frontend);
            app.MapGet("/events", () => "ok").RequireCors("Frontend");
            app.Run();
            """;

        await Verify<VIO1006CorsPolicyNotDefinedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task PolicyDefinedInOwnExtensionInAnotherFile_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddApiCors();
            var app = builder.Build();
            app.UseCors("Frontend");
            app.Run();
            """;
        const string extensions = """
            using Microsoft.Extensions.DependencyInjection;

            public static class CorsSetup
            {
                public static IServiceCollection AddApiCors(this IServiceCollection services) =>
                    services.AddCors(options => options.AddPolicy("Frontend", policy => policy.WithOrigins("https://tickets.example.com")));
            }
            """;

        await PipelineTest.RunAsync<VIO1006CorsPolicyNotDefinedAnalyzer>(new[] { program, extensions }, null);
    }

    [Fact]
    public async Task PoliciesConfiguredByMethodGroup_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Cors.Infrastructure;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(Policies.Configure);
            var app = builder.Build();
            app.UseCors("Frontend");
            app.Run();

            static class Policies
            {
                public static void Configure(CorsOptions options) { }
            }
            """;

        await Verify<VIO1006CorsPolicyNotDefinedAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task EnableCorsWithUndefinedName_IsReportedAtBuild()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            builder.Services.AddCors(options => options.AddPolicy("Frontend", policy => policy.WithOrigins("https://tickets.example.com")));
            var app = builder.Build();
            app.UseCors();
            app.MapControllers();
            app.Run();
            """;
        const string controller = """
            using Microsoft.AspNetCore.Cors;
            using Microsoft.AspNetCore.Mvc;

            [{|#0:EnableCors("frontend")|}]
            public sealed class TicketsController : ControllerBase
            {
                [EnableCors("Frontend")]
                public IActionResult Get() => Ok();
            }
            """;

        await PipelineTest.RunAsync<VIO1006CorsPolicyNotDefinedAnalyzer>(
            new[] { program, controller }, null,
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("VIO1006").WithLocation(0).WithArguments("frontend"));
    }
}
