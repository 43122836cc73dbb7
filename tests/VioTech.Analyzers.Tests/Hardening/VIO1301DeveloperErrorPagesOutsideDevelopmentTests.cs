using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Hardening;
using VioTech.Analyzers.Hardening;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Hardening;

public sealed class VIO1301DeveloperErrorPagesOutsideDevelopmentTests
{
    [Fact]
    public async Task UnguardedAndStagingPages_AreReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.{|VIO1301:UseDeveloperExceptionPage()|};
            if (app.Environment.IsStaging())
            {
                app.{|VIO1301:UseDeveloperExceptionPage()|};
            }

            app.Run();
            """;

        await Verify<VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task DevelopmentOnlyForms_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            if (!builder.Environment.IsDevelopment())
            {
                app.UseExceptionHandler("/error");
            }
            else
            {
                app.UseDeveloperExceptionPage();
            }

            if (app.Environment.EnvironmentName == "Development")
            {
                app.UseDeveloperExceptionPage();
            }

            UseDiagnostics(app, app.Environment);
            app.Run();

            static void UseDiagnostics(IApplicationBuilder app, IWebHostEnvironment environment)
            {
                if (!environment.IsDevelopment())
                {
                    return;
                }

                app.UseDeveloperExceptionPage();
            }
            """;

        await Verify<VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ExtensionCalledOutsideGuard_IsReportedInExtension()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseDiagnostics();
            app.Run();
            """;
        const string extensions = """
            using Microsoft.AspNetCore.Builder;

            public static class DiagnosticsExtensions
            {
                public static IApplicationBuilder UseDiagnostics(this IApplicationBuilder app) => app.{|#0:UseDeveloperExceptionPage()|};
            }
            """;

        await PipelineTest.RunAsync<VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer>(
            new[] { program, extensions }, null,
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("VIO1301").WithLocation(0).WithArguments("UseDeveloperExceptionPage()"));
    }

    [Fact]
    public async Task WorkerService_IsNotAnalyzed()
    {
        await Verify<VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer>.AnalyzerAsync(PipelineTest.WorkerService);
    }

    [Fact]
    public async Task Fix_WrapsEachCall_FixAll()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.{|VIO1301:UseDeveloperExceptionPage()|};
            app.UseRouting();
            app.{|VIO1301:UseDeveloperExceptionPage()|};
            app.Run();
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            app.UseRouting();
            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            app.Run();
            """;

        await Verify<VIO1301DeveloperErrorPagesOutsideDevelopmentAnalyzer, VIO1301DeveloperErrorPagesOutsideDevelopmentCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }
}
