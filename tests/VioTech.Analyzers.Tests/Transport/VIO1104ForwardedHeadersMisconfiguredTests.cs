using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Transport;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Transport;

public sealed class VIO1104ForwardedHeadersMisconfiguredTests
{
    [Fact]
    public async Task ForwardedHeadersAfterHttpsRedirection_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseHttpsRedirection();
            app.UseAuthentication();
            app.{|VIO1104:UseForwardedHeaders()|};
            app.Run();
            """;

        await Verify<VIO1104ForwardedHeadersMisconfiguredAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task MissingBehindProxy_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseHttpsRedirection();
            {|#0:app.Run()|};
            """;

        await PipelineTest.RunAsync<VIO1104ForwardedHeadersMisconfiguredAnalyzer>(
            new[] { source }, "viotech.behind_proxy = true", DiagnosticResult.CompilerWarning("VIO1104").WithLocation(0));
    }

    [Fact]
    public async Task MissingWithoutProxyOption_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseHttpsRedirection();
            app.Run();
            """;

        await Verify<VIO1104ForwardedHeadersMisconfiguredAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ClearingKnownNetworksAndProxies_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpOverrides;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.KnownIPNetworks.Clear();
                {|VIO1104:options.KnownProxies.Clear()|};
            });
            var app = builder.Build();
            app.UseForwardedHeaders();
            app.UseHttpsRedirection();
            app.Run();
            """;

        await Verify<VIO1104ForwardedHeadersMisconfiguredAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task ForwardedHeadersFirstWithKnownProxy_IsNotReported()
    {
        const string source = """
            using System.Net;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpOverrides;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.KnownProxies.Clear();
                options.KnownProxies.Add(IPAddress.Parse("10.0.0.10"));
            });
            var app = builder.Build();
            app.UseForwardedHeaders();
            app.UseHsts();
            app.UseHttpsRedirection();
            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1104ForwardedHeadersMisconfiguredAnalyzer>(new[] { source }, "viotech.behind_proxy = true");
    }
}
