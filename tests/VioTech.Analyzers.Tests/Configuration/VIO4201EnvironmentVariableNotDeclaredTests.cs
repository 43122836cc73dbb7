using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Configuration;
using VioTech.Analyzers.Configuration;

namespace VioTech.Analyzers.Tests.Configuration;

public sealed class VIO4201EnvironmentVariableNotDeclaredTests
{
    private static readonly string Index = new IndexBuilder()
        .Manifest(("JWT_SECRET", null), ("DATABASE_URL", "ConnectionStrings:Default"), ("RESEND_API_KEY", null))
        .Build();

    [Fact]
    public async Task UndeclaredAndMisspeltNames_AreReported()
    {
        const string source = """
            using System;

            static class Secrets
            {
                public static string? Jwt() => Environment.GetEnvironmentVariable({|VIO4201:"JWT_SECRTE"|});

                public static string? Wompi() => Environment.GetEnvironmentVariable({|VIO4201:"WOMPI_PRIVATE_KEY"|}, EnvironmentVariableTarget.Process);

                private const string SentryName = "SENTRY_DSN";

                public static string? Sentry() => Environment.GetEnvironmentVariable({|VIO4201:SentryName|});
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(source, Index);
    }

    [Fact]
    public async Task CaseOnlyDifference_IsReportedWithHint()
    {
        const string source = """
            static class Secrets
            {
                public static string? Jwt() => System.Environment.GetEnvironmentVariable({|#0:"jwt_secret"|});
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(
            source,
            Index,
            null,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("VIO4201", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithLocation(0)
                .WithArguments("jwt_secret", "viotech.env.json", "; 'JWT_SECRET' differs only in case, and Linux compares variable names with case"));
    }

    [Fact]
    public async Task KnownOrNonConstantNames_AreNotReported()
    {
        const string source = """
            using System;

            static class Settings
            {
                public static void Read(string name)
                {
                    _ = Environment.GetEnvironmentVariable("JWT_SECRET");
                    _ = Environment.GetEnvironmentVariable("DATABASE_URL");
                    _ = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
                    _ = Environment.GetEnvironmentVariable("PORT");
                    _ = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
                    _ = Environment.GetEnvironmentVariable("RENDER_EXTERNAL_URL");
                    _ = Environment.GetEnvironmentVariable(name);
                    _ = Environment.GetEnvironmentVariables();
                }
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(source, Index);
    }

    [Fact]
    public async Task OptionAddsKnownNamesAndPrefixes()
    {
        const string source = """
            static class Settings
            {
                public static void Read()
                {
                    _ = System.Environment.GetEnvironmentVariable("FEATURE_FLAGS_URL");
                    _ = System.Environment.GetEnvironmentVariable("MYPLATFORM_REGION");
                }
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(
            source, Index, "viotech.known_environment_variables = FEATURE_FLAGS_URL, MYPLATFORM_*");
    }

    [Fact]
    public async Task WithoutManifestOrIndex_NothingIsReported()
    {
        const string source = """
            static class Settings
            {
                public static string? Read() => System.Environment.GetEnvironmentVariable("JWT_SECRTE");
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(source, index: null);
        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(
            source, new IndexBuilder().Settings("appsettings.json", null).Build());
    }

    [Fact]
    public async Task TestProjects_AreSkippedUnlessConfigured()
    {
        const string source = """
            namespace Xunit { public sealed class FactAttribute : System.Attribute { } }

            static class Fixture
            {
                public static string? Read() => System.Environment.GetEnvironmentVariable("TEST_ONLY_TOKEN");
            }
            """;
        const string reported = """
            namespace Xunit { public sealed class FactAttribute : System.Attribute { } }

            static class Fixture
            {
                public static string? Read() => System.Environment.GetEnvironmentVariable({|VIO4201:"TEST_ONLY_TOKEN"|});
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(source, Index);
        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.AnalyzerAsync(reported, Index, "viotech.configuration_reads_in_tests = true");
    }

    [Fact]
    public async Task CodeFix_WritesClosestDeclaredName()
    {
        const string source = """
            using System;

            static class Secrets
            {
                public static string? Jwt() => Environment.GetEnvironmentVariable({|VIO4201:"JWT_SECRTE"|});

                public static string? Resend() => Environment.GetEnvironmentVariable({|VIO4201:"RESEND_APIKEY"|});

                public static string? Unknown() => Environment.GetEnvironmentVariable({|VIO4201:"COMPLETELY_DIFFERENT"|});
            }
            """;
        const string fixedSource = """
            using System;

            static class Secrets
            {
                public static string? Jwt() => Environment.GetEnvironmentVariable("JWT_SECRET");

                public static string? Resend() => Environment.GetEnvironmentVariable("RESEND_API_KEY");

                public static string? Unknown() => Environment.GetEnvironmentVariable({|VIO4201:"COMPLETELY_DIFFERENT"|});
            }
            """;

        await ConfigurationVerify<VIO4201EnvironmentVariableNotDeclaredAnalyzer>.CodeFixAsync<VIO4201EnvironmentVariableNotDeclaredCodeFixProvider>(source, fixedSource, Index);
    }
}
