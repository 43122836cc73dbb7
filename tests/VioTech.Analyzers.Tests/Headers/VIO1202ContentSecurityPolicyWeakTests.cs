using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Headers;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Headers;

public sealed class VIO1202ContentSecurityPolicyWeakTests
{
    [Fact]
    public async Task UnsafeInlineAndMissingDirectives_AreReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                {|#0:context.Response.Headers["Content-Security-Policy"] = "script-src 'self' 'unsafe-inline' 'unsafe-eval' data:"|};
                await next(context);
            });
            app.Run();
            """;

        await Verify<VIO1202ContentSecurityPolicyWeakAnalyzer>.AnalyzerAsync(
            source,
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: script-src allows 'unsafe-inline' without a nonce or hash, so injected inline scripts run"),
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: script-src allows 'unsafe-eval', so strings can be run as code"),
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: script-src allows data:, so scripts load from hosts the application does not control"),
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: the policy has no object-src directive"),
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: the policy has no base-uri directive"),
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: the policy has no frame-ancestors directive"));
    }

    [Fact]
    public async Task ConstantConcatenation_IsParsed()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            static class Headers
            {
                private const string Scripts = "script-src *";
                private const string Rest = "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

                public static void Apply(HttpResponse response) =>
                    {|#0:response.Headers.Append("Content-Security-Policy", Scripts + Rest)|};
            }
            """;

        await Verify<VIO1202ContentSecurityPolicyWeakAnalyzer>.AnalyzerAsync(
            source,
            DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0).WithMessage("Weak Content-Security-Policy: script-src allows *, so scripts load from hosts the application does not control"));
    }

    [Fact]
    public async Task StrictPolicies_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            static class Headers
            {
                private const string Nonce = "rAnd0m";

                public static void Api(HttpResponse response) =>
                    response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

                public static void Pages(HttpResponse response) =>
                    response.Headers["Content-Security-Policy"] = $"default-src 'self'; script-src 'self' 'nonce-{Nonce}' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

                public static void Dynamic(HttpResponse response, string policy) =>
                    response.Headers["Content-Security-Policy"] = policy;
            }
            """;

        await Verify<VIO1202ContentSecurityPolicyWeakAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task NetEscapadesBuilder_IsParsed()
    {
        const string source = """
            using NetEscapades.AspNetCore.SecurityHeaders;

            static class Policies
            {
                public static HeaderPolicyCollection Weak(HeaderPolicyCollection policies) =>
                    policies.{|#0:AddContentSecurityPolicy|}(csp =>
                    {
                        csp.AddDefaultSrc().Self();
                        csp.AddScriptSrc().Self().UnsafeInline();
                        csp.AddBaseUri().Self();
                        csp.AddFrameAncestors().None();
                    });

                public static HeaderPolicyCollection Strict(HeaderPolicyCollection policies) =>
                    policies.AddContentSecurityPolicy(csp =>
                    {
                        csp.AddDefaultSrc().Self();
                        csp.AddScriptSrc().Self().WithNonce().UnsafeInline();
                        csp.AddObjectSrc().None();
                        csp.AddBaseUri().Self();
                        csp.AddFrameAncestors().None();
                    });
            }
            """;

        var test = new Verify<VIO1202ContentSecurityPolicyWeakAnalyzer>.AnalyzerTest();
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalReferences.Add(VioTech.Analyzers.Tests.Transport.PipelineTest.NetEscapadesLibrary);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("VIO1202").WithLocation(0)
            .WithMessage("Weak Content-Security-Policy: script-src allows 'unsafe-inline' without a nonce or hash, so injected inline scripts run"));
        await test.RunAsync();
    }
}
