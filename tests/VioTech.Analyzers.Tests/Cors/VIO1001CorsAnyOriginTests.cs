using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Cors;

public sealed class VIO1001CorsAnyOriginTests
{
    [Fact]
    public async Task AllowAnyOrigin_InPolicy_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options =>
                options.AddDefaultPolicy(policy => policy.{|VIO1001:AllowAnyOrigin()|}.AllowAnyHeader()));
            var app = builder.Build();
            app.UseCors();
            app.Run();
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task WithOriginsStar_ParamsAndArray_AreReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Configure(CorsPolicyBuilder first, CorsPolicyBuilder second)
                {
                    first.{|VIO1001:WithOrigins("https://tickets.example.com", "*")|};
                    second.{|VIO1001:WithOrigins(new[] { "*" })|};
                }
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task SetIsOriginAllowed_AlwaysTrue_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Configure(CorsPolicyBuilder policy)
                {
                    policy.{|VIO1001:SetIsOriginAllowed(_ => true)|};
                    policy.{|VIO1001:SetIsOriginAllowed(origin => { return true; })|};
                }
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ExplicitOriginsAndRealPredicate_AreNotReported()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Configure(CorsPolicyBuilder policy, string[] configuredOrigins)
                {
                    policy.WithOrigins("https://tickets.example.com");
                    policy.WithOrigins(configuredOrigins);
                    policy.SetIsOriginAllowed(origin => new Uri(origin).Host.EndsWith(".example.com", StringComparison.Ordinal));
                    policy.SetIsOriginAllowedToAllowWildcardSubdomains();
                }
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task AllowAnyOrigin_InDevelopmentBranch_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            if (builder.Environment.IsDevelopment())
            {
                builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.AllowAnyOrigin()));
            }
            else
            {
                builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://tickets.example.com")));
            }

            if (!builder.Environment.IsDevelopment())
            {
            }
            else
            {
                builder.Services.AddCors(options => options.AddPolicy("local", policy => policy.AllowAnyOrigin()));
            }

            builder.Build().Run();
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ProjectWithoutAspNetCore_IsNotAnalyzed()
    {
        const string source = """
            class CorsPolicyBuilder
            {
                public CorsPolicyBuilder AllowAnyOrigin() => this;
            }

            static class Use
            {
                public static void Run() => new CorsPolicyBuilder().AllowAnyOrigin();
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }
}

public sealed class VIO1001CorsAnyOriginExtensionTests
{
    [Fact]
    public async Task HandWrittenWildcardHeader_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                {|VIO1001:context.Response.Headers["Access-Control-Allow-Origin"] = "*"|};
                {|VIO1001:context.Response.Headers.Append("Access-Control-Allow-Origin", "*")|};
                {|VIO1001:context.Response.Headers.AccessControlAllowOrigin = "*"|};
                await next(context);
            });
            app.Run();
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task HeaderWithOneOrigin_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                context.Response.Headers["Access-Control-Allow-Origin"] = "https://tickets.example.com";
                await next(context);
            });
            app.Run();
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task EnableCorsNamingAnyOriginPolicy_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Cors;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options =>
            {
                options.AddPolicy("public", policy => policy.{|VIO1001:AllowAnyOrigin()|});
                options.AddPolicy("partners", policy => policy.WithOrigins("https://partners.example.com"));
            });
            var app = builder.Build();
            app.Run();

            [{|VIO1001:EnableCors("public")|}]
            public sealed class EventsController : ControllerBase
            {
                [EnableCors("partners")]
                public IActionResult Get() => Ok();
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task RedefinedPolicy_UsesLastDefinition()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Cors;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options =>
            {
                options.AddPolicy("public", policy => policy.{|VIO1001:AllowAnyOrigin()|});
                options.AddPolicy("public", policy => policy.{|VIO1001:WithOrigins("*")|});
                options.AddPolicy("open", policy => policy.{|VIO1001:AllowAnyOrigin()|});
                options.AddPolicy("open", policy => policy.WithOrigins("https://partners.example.com"));
            });
            var app = builder.Build();
            app.Run();

            [{|#0:EnableCors("public")|}]
            public sealed class EventsController : ControllerBase
            {
                [{|#1:EnableCors("open")|}]
                public IActionResult Get() => Ok();
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(
            source,
            new DiagnosticResult(VIO1001CorsAnyOriginAnalyzer.Rule).WithLocation(0).WithArguments("WithOrigins(\"*\")"),
            new DiagnosticResult(VIO1001CorsAnyOriginAnalyzer.Rule).WithLocation(1).WithArguments("AllowAnyOrigin()"));
    }

    [Fact]
    public async Task EnableCorsSafePolicy_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Cors;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddPolicy("partners", policy => policy.WithOrigins("https://partners.example.com")));
            var app = builder.Build();
            app.Run();

            [EnableCors("partners")]
            public sealed class EventsController : ControllerBase
            {
            }
            """;

        await Verify<VIO1001CorsAnyOriginAnalyzer>.AnalyzerAsync(source);
    }
}
