using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Cors;
using VioTech.Analyzers.Cors;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Cors;

public sealed class VIO1003CorsOriginNeverMatchesTests
{
    [Fact]
    public async Task MalformedOrigins_AreReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Main() { }

                public static void Configure(CorsPolicyBuilder policy) =>
                    policy.WithOrigins(
                        {|VIO1003:"https://tickets.example.com/"|},
                        {|VIO1003:"https://tickets.example.com/app?x=1"|},
                        {|VIO1003:"tickets.example.com"|},
                        {|VIO1003:"https://api.*.example.com"|},
                        {|VIO1003:"https://*.example.com"|},
                        {|VIO1003:"https://pay.example.com:443"|});
            }
            """;

        await Verify<VIO1003CorsOriginNeverMatchesAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task WellFormedOrigins_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Configure(CorsPolicyBuilder policy, string[] fromConfiguration)
                {
                    policy.WithOrigins("https://tickets.example.com", "http://localhost:5173", "https://[::1]:8443");
                    policy.WithOrigins(fromConfiguration);
                }

                public static void Wildcards(CorsPolicyBuilder policy) =>
                    policy.WithOrigins("https://*.example.com").SetIsOriginAllowedToAllowWildcardSubdomains();
            }
            """;

        await Verify<VIO1003CorsOriginNeverMatchesAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Fix_TrimsPathsAndDefaultPorts_FixAll()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Main() { }

                public static void Configure(CorsPolicyBuilder policy) =>
                    policy.WithOrigins({|VIO1003:"https://tickets.example.com/"|}, {|VIO1003:"https://Pay.example.com:443/checkout"|}, {|VIO1003:"no-scheme.example.com"|});
            }
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Cors.Infrastructure;

            static class Policies
            {
                public static void Main() { }

                public static void Configure(CorsPolicyBuilder policy) =>
                    policy.WithOrigins("https://tickets.example.com", "https://pay.example.com", {|VIO1003:"no-scheme.example.com"|});
            }
            """;

        var test = new Verify<VIO1003CorsOriginNeverMatchesAnalyzer, VIO1003CorsOriginNeverMatchesCodeFixProvider>.CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        await test.RunAsync();
    }
}
