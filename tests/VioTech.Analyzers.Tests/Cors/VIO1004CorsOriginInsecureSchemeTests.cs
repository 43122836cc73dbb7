using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Cors;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Cors;

public sealed class VIO1004CorsOriginInsecureSchemeTests
{
    [Fact]
    public async Task HttpRemoteOrigin_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Main() { }

                public static void Configure(CorsPolicyBuilder policy) =>
                    policy.WithOrigins({|VIO1004:"http://tickets.example.com"|}, "https://pay.example.com");
            }
            """;

        await Verify<VIO1004CorsOriginInsecureSchemeAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task LoopbackAndDevelopmentOrigins_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
                policy.WithOrigins("http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8080", "https://tickets.example.com")));
            if (builder.Environment.IsDevelopment())
            {
                builder.Services.AddCors(options => options.AddPolicy("lan", policy => policy.WithOrigins("http://192.168.1.20:5173")));
            }

            builder.Build().Run();
            """;

        await Verify<VIO1004CorsOriginInsecureSchemeAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Fix_SwitchesToHttps_FixAll()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Main() { }

                public static void Configure(CorsPolicyBuilder policy) =>
                    policy.WithOrigins({|VIO1004:"http://tickets.example.com"|}, {|VIO1004:"http://pay.example.com:8443"|});
            }
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Main() { }

                public static void Configure(CorsPolicyBuilder policy) =>
                    policy.WithOrigins("https://tickets.example.com", "https://pay.example.com:8443");
            }
            """;

        await Verify<VIO1004CorsOriginInsecureSchemeAnalyzer, VIO1004CorsOriginInsecureSchemeCodeFixProvider>.CodeFixAsync(source, fixedSource);
    }
}
