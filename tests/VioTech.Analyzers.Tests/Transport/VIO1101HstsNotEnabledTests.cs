using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Transport;
using VioTech.Analyzers.Transport;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Transport;

public sealed class VIO1101HstsNotEnabledTests
{
    [Fact]
    public async Task Program_WithoutHsts_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseHttpsRedirection();
            app.MapGet("/tickets", () => "ok");
            {|VIO1101:app.Run()|};
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsOnlyInDevelopment_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            {|VIO1101:app.Run()|};
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsAfterEarlyReturnInDevelopment_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.Run();
                return;
            }

            app.UseHsts();
            app.Run();
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsGuardedByNotDevelopment_IsNotReported()
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

            app.Run();
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsInElseOfDevelopment_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            var isDevelopment = builder.Environment.IsDevelopment();
            if (isDevelopment)
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseHsts();
            }

            app.Run();
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsInOwnExtensionInAnotherFile_IsNotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseTransportSecurity();
            app.Run();
            """;
        const string extensions = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            public static class TransportExtensions
            {
                public static WebApplication UseTransportSecurity(this WebApplication app)
                {
                    if (!app.Environment.IsDevelopment())
                    {
                        app.UseHsts();
                    }

                    app.UseHttpsRedirection();
                    return app;
                }
            }
            """;

        await PipelineTest.RunAsync<VIO1101HstsNotEnabledAnalyzer>(new[] { program, extensions }, null);
    }

    [Fact]
    public async Task OwnExtensionWithoutHstsInAnotherFile_IsReportedAtBuild()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseTransportSecurity();
            {|#0:app.Run()|};
            """;
        const string extensions = """
            using Microsoft.AspNetCore.Builder;

            public static class TransportExtensions
            {
                public static WebApplication UseTransportSecurity(this WebApplication app)
                {
                    app.UseHttpsRedirection();
                    return app;
                }
            }
            """;

        await PipelineTest.RunAsync<VIO1101HstsNotEnabledAnalyzer>(
            new[] { program, extensions }, null,
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("VIO1101").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task UnknownLibraryOnlyInDevelopment_IsReported()
    {
        const string source = """
            using Contoso.Web;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseContosoDefaults();
            }

            app.UseHttpsRedirection();
            {|VIO1101:app.Run()|};
            """;

        await PipelineTest.RunAsync<VIO1101HstsNotEnabledAnalyzer>(new[] { source }, null, PipelineTest.ContosoLibrary);
    }

    [Fact]
    public async Task UnknownLibraryTakingBuilder_MakesPipelineIncomplete()
    {
        const string source = """
            using Contoso.Web;
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseContosoDefaults();
            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1101HstsNotEnabledAnalyzer>(new[] { source }, null, PipelineTest.ContosoLibrary);
    }

    [Fact]
    public async Task StartupConfigure_WithoutHsts_IsReported()
    {
        const string startup = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;

            public sealed class Startup
            {
                public void ConfigureServices(IServiceCollection services) => services.AddControllers();

                public void {|VIO1101:Configure|}(IApplicationBuilder app, IWebHostEnvironment env)
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints => endpoints.MapControllers());
                }
            }
            """;
        const string program = """
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => web.UseStartup<Startup>()).Build().Run();
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(new[] { startup, program });
    }

    [Fact]
    public async Task StartupFilterAddingHsts_IsNotReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddTransient<IStartupFilter, HstsStartupFilter>();
            var app = builder.Build();
            app.Run();

            sealed class HstsStartupFilter : IStartupFilter
            {
                public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
                {
                    app.UseHsts();
                    next(app);
                };
            }
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task WorkerService_IsNotAnalyzed()
    {
        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(PipelineTest.WorkerService);
    }

    [Fact]
    public async Task ClassLibraryExtension_IsNotAnalyzed()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            public static class Pipeline
            {
                public static IApplicationBuilder UseApi(this IApplicationBuilder app) => app.UseRouting();
            }
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task TestProject_IsSkippedByDefault()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            public sealed class ApiTests
            {
                [Xunit.Fact]
                public void Starts()
                {
                    var app = WebApplication.CreateBuilder().Build();
                    app.Run();
                }
            }
            """;

        await PipelineTest.RunAsync<VIO1101HstsNotEnabledAnalyzer>(new[] { source, PipelineTest.XunitStub }, null);
    }

    [Fact]
    public async Task TestProject_IsAnalyzedWhenConfigured()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            public sealed class ApiTests
            {
                [Xunit.Fact]
                public void Starts()
                {
                    var app = WebApplication.CreateBuilder().Build();
                    {|#0:app.Run()|};
                }
            }
            """;

        await PipelineTest.RunAsync<VIO1101HstsNotEnabledAnalyzer>(
            new[] { source, PipelineTest.XunitStub }, "viotech.analyze_test_projects = true",
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("VIO1101").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
    }
}

public sealed class VIO1101HstsNotEnabledCodeFixTests
{
    [Fact]
    public async Task Program_InsertsGuardedHstsBeforeHttpsRedirection()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseExceptionHandler("/error");
            app.UseHttpsRedirection();
            app.MapGet("/tickets", () => "ok");
            {|VIO1101:app.Run()|};
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseExceptionHandler("/error");
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseHttpsRedirection();
            app.MapGet("/tickets", () => "ok");
            app.Run();
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer, VIO1101HstsNotEnabledCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Program_WithoutOtherMiddleware_InsertsBeforeRun()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var web = builder.Build();
            {|VIO1101:web.Run()|};
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var web = builder.Build();
            if (!web.Environment.IsDevelopment())
            {
                web.UseHsts();
            }

            web.Run();
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer, VIO1101HstsNotEnabledCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task TwoStartupClasses_FixAllInsertsBoth()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => web.UseStartup<Startup>()).Build().Run();

            public sealed class Startup
            {
                public void {|VIO1101:Configure|}(IApplicationBuilder app, IWebHostEnvironment env)
                {
                    app.UseRouting();
                }
            }

            public sealed class StagingStartup
            {
                public void {|VIO1101:Configure|}(IApplicationBuilder builder, IWebHostEnvironment environment)
                {
                    builder.UseStaticFiles();
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
                public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
                {
                    if (!env.IsDevelopment())
                    {
                        app.UseHsts();
                    }

                    app.UseRouting();
                }
            }

            public sealed class StagingStartup
            {
                public void Configure(IApplicationBuilder builder, IWebHostEnvironment environment)
                {
                    if (!environment.IsDevelopment())
                    {
                        builder.UseHsts();
                    }

                    builder.UseStaticFiles();
                }
            }
            """;

        await Verify<VIO1101HstsNotEnabledAnalyzer, VIO1101HstsNotEnabledCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }
}
