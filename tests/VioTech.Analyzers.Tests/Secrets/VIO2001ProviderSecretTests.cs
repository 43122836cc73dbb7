using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.CodeFixes.Secrets;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class VIO2001ProviderSecretTests
{
    private readonly FakeSecrets fake = new(2001);

    [Fact]
    public async Task RegularLiteral_ResendKey_ReportsKindAndPrefix()
    {
        var key = fake.Resend();
        var source = $$"""
            static class Mail
            {
                public static string Key() => {|#0:"{{key}}"|};
            }
            """;

        var expected = new DiagnosticResult(VIO2001ProviderSecretAnalyzer.Rule)
            .WithLocation(0)
            .WithArguments("a Resend API key", "prefix re_, " + key.Length + " characters");
        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source, expected);
    }

    [Fact]
    public async Task LiteralKinds_AllAreReported()
    {
        var verbatim = fake.GitHubClassic();
        var raw = fake.StripeLive();
        var interpolated = fake.SupabaseAccessToken();
        var utf8 = fake.Wompi("prv" + "_prod_");
        var source = $$$""""
            static class Keys
            {
                public static string Verbatim() => {|VIO2001:@"{{{verbatim}}}"|};
                public static string Raw() => {|VIO2001:"""{{{raw}}}"""|};
                public static string Header(string user) => $"user={user};token={|VIO2001:{{{interpolated}}}|}";
                public static System.ReadOnlySpan<byte> Utf8() => {|VIO2001:"{{{utf8}}}"u8|};
            }
            """";

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source);
    }

    [Fact]
    public async Task ServiceRoleJwt_IsReported_AnonJwtIsNot()
    {
        var serviceRole = fake.SupabaseJwt("service" + "_role");
        var anon = fake.SupabaseJwt("anon");
        var source = $$"""
            static class Supabase
            {
                public const string AnonKey = "{{anon}}";
                public static string ServiceKey() => {|VIO2001:"{{serviceRole}}"|};
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source);
    }

    [Fact]
    public async Task ConstantConcatenation_IsReported()
    {
        var key = fake.StripeLive();
        var source = $$"""
            static class Payments
            {
                private const string Prefix = "sk" + "_live_";
                public static string Key() => {|VIO2001:Prefix + "{{key[8..20]}}" + ("{{key[20..]}}")|};
                public static string Interpolated() => {|VIO2001:$"{Prefix}{{key[8..]}}"|};
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source);
    }

    [Fact]
    public async Task AttributeArgumentAndComments_AreReported()
    {
        var inAttribute = fake.SendGrid();
        var inComment = fake.GitHubClassic();
        var inDocComment = fake.SlackBot();
        var source = $$"""
            using System.ComponentModel;

            static class Mail
            {
                // Old key: {|VIO2001:{{inComment}}|}, revoked.
                /// <summary>Uses {|VIO2001:{{inDocComment}}|}.</summary>
                [Description({|VIO2001:"{{inAttribute}}"|})]
                public static void Send() { }
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source);
    }

    [Fact]
    public async Task PublicValuesAndTestKeys_AreNotReported()
    {
        var source = $$"""
            static class Keys
            {
                public const string Publishable = "{{fake.StripePublishable(live: true)}}";
                public const string WompiPublic = "{{fake.Wompi("pub" + "_prod_")}}";
                public const string SupabasePublic = "{{fake.SupabasePublishable()}}";
                public const string Dsn = "https://{{fake.Hex(32)}}@o{{fake.Digits(6)}}.ingest.sentry.io/{{fake.Digits(7)}}";
                public const string TestKey = "{{fake.StripeTest()}}";
                public const string Placeholder = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx";
                public const string Id = "7d9f2c4e-0b1a-4c3d-9e8f-1a2b3c4d5e6f";
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source);
    }

    [Fact]
    public async Task AwsSecretBesideItsName_IsReported()
    {
        var source = $$"""
            static class Aws
            {
                public static readonly string AwsSecretAccessKey = {|VIO2001:"{{fake.AwsSecretAccessKey()}}"|};
                public static readonly string AccessKeyId = {|VIO2001:"{{fake.AwsAccessKeyId()}}"|};
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source);
    }

    [Fact]
    public async Task AllowPattern_SilencesMatchingValues()
    {
        var allowed = fake.GitHubClassic();
        var source = $$"""
            static class Keys
            {
                public const string Allowed = "{{allowed}}";
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2001ProviderSecretAnalyzer>(source, $"viotech_secrets_allow_pattern = ^{allowed[..10]}\n");
    }

    [Fact]
    public async Task BrokenAndHalfTypedCode_DoesNotThrow()
    {
        var key = fake.Resend();
        var source = $$"""
            class Broken
            {
                string Key = "{{key}}
            """;

        var test = new Verify<VIO2001ProviderSecretAnalyzer>.AnalyzerTest { TestCode = source };
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(VIO2001ProviderSecretAnalyzer.Rule).WithSpan(3, 18, 3, 19 + key.Length)
            .WithArguments("a Resend API key", "prefix re_, " + key.Length + " characters"));

        await test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_WithConfigurationInScope_ReadsConfiguration()
    {
        var first = fake.Resend();
        var second = fake.Resend();
        var source = $$"""
            using System;
            using Microsoft.Extensions.Configuration;

            sealed class ResendSender
            {
                private readonly IConfiguration configuration;

                public ResendSender(IConfiguration configuration) => this.configuration = configuration;

                public string Key() => {|VIO2001:"{{first}}"|};

                public string Fallback() => {|VIO2001:"{{second}}"|};
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Configuration;

            sealed class ResendSender
            {
                private readonly IConfiguration configuration;

                public ResendSender(IConfiguration configuration) => this.configuration = configuration;

                public string Key() => configuration["Resend:ApiKey"] ?? throw new InvalidOperationException("Configuration value 'Resend:ApiKey' is not set.");

                public string Fallback() => configuration["Resend:ApiKey"] ?? throw new InvalidOperationException("Configuration value 'Resend:ApiKey' is not set.");
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2001ProviderSecretAnalyzer, VIO2001ProviderSecretCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public async Task CodeFix_WithoutConfiguration_ReadsEnvironment()
    {
        var wompi = fake.Wompi("prv" + "_prod_");
        var stripe = fake.StripeLive();
        var source = $$"""
            using System;

            static class Payments
            {
                private static readonly string WompiKey = {|VIO2001:"{{wompi}}"|};

                public static string Header() => "Bearer " + {|VIO2001:"{{stripe}}"|};
            }
            """;
        const string fixedSource = """
            using System;

            static class Payments
            {
                private static readonly string WompiKey = Environment.GetEnvironmentVariable("WOMPI_PRIVATE_KEY") ?? throw new InvalidOperationException("WOMPI_PRIVATE_KEY is not set.");

                public static string Header() => "Bearer " + (Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new InvalidOperationException("STRIPE_SECRET_KEY is not set."));
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2001ProviderSecretAnalyzer, VIO2001ProviderSecretCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public async Task CodeFix_ConstAndAttribute_OfferNoFix()
    {
        var constKey = fake.Resend();
        var attributeKey = fake.Resend();
        var source = $$"""
            using System.ComponentModel;

            static class Mail
            {
                public const string Key = {|VIO2001:"{{constKey}}"|};

                [Description({|VIO2001:"{{attributeKey}}"|})]
                public static void Send(string key = {|VIO2001:"{{constKey}}"|}) { }
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2001ProviderSecretAnalyzer, VIO2001ProviderSecretCodeFixProvider>(source, source);
    }
}
