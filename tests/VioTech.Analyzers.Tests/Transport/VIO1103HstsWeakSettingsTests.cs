using System.Threading.Tasks;
using VioTech.Analyzers.Transport;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Transport;

public sealed class VIO1103HstsWeakSettingsTests
{
    [Fact]
    public async Task ShortMaxAgeAndPreloadWithoutSubdomains_AreReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHsts(options =>
            {
                {|VIO1103:options.MaxAge = TimeSpan.FromDays(60)|};
                {|VIO1103:options.Preload = true|};
            });
            var app = builder.Build();
            app.UseHsts();
            app.Run();
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task UseHstsWithoutAddHsts_IsReportedAsDefaultMaxAge()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.{|VIO1103:UseHsts()|};
            app.Run();
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task OtherOptionsConfigured_StillReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
            builder.Services.PostConfigure<RouteOptions>(options => options.AppendTrailingSlash = true);
            var app = builder.Build();
            app.{|VIO1103:UseHsts()|};
            app.Run();
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsOptionsConfigured_NotReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpsPolicy;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.Configure<HstsOptions>(options => options.MaxAge = TimeSpan.FromDays(400));
            var app = builder.Build();
            app.UseHsts();
            app.Run();
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HstsSetupClass_NotReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpsPolicy;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.ConfigureOptions<HstsSetup>();
            var app = builder.Build();
            app.UseHsts();
            app.Run();

            sealed class HstsSetup : IConfigureOptions<HstsOptions>
            {
                public void Configure(HstsOptions options) => options.MaxAge = TimeSpan.FromDays(400);
            }
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task AddHstsInHostBuilderHelper_NotReported()
    {
        const string program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddWebServices();
            var app = builder.Build();
            app.UseHsts();
            app.Run();
            """;
        const string services = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public static class WebServices
            {
                public static void AddWebServices(this IHostApplicationBuilder builder) =>
                    builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(400));
            }
            """;

        await PipelineTest.RunAsync<VIO1103HstsWeakSettingsAnalyzer>(new[] { program, services }, null);
    }

    [Fact]
    public async Task StrongSettings_AreNotReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(730);
                options.IncludeSubDomains = true;
                options.Preload = true;
            });
            var app = builder.Build();
            app.UseHsts();
            app.Run();
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ConfiguredMinimum_IsUsed()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(180));
            var app = builder.Build();
            app.UseHsts();
            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1103HstsWeakSettingsAnalyzer>(new[] { source }, "viotech.hsts_min_max_age_days = 180");
    }
}

public sealed class VIO1103HstsWeakSettingsMessageTests
{
    [Fact]
    public async Task ShortMaxAge_MessageNamesDaysAndMinimum()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHsts(options => {|#0:options.MaxAge = new TimeSpan(90, 0, 0, 0)|});
            var app = builder.Build();
            app.UseHsts();
            app.Run();
            """;

        await Verify<VIO1103HstsWeakSettingsAnalyzer>.AnalyzerAsync(
            source,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("VIO1103", Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .WithLocation(0)
                .WithMessage("Weak HSTS settings: max-age is 90 days, below the minimum of 365 days"));
    }
}
