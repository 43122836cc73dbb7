using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.CodeFixes.Secrets;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class VIO2002HardCodedCredentialTests
{
    private readonly FakeSecrets fake = new(2002);

    [Fact]
    public async Task FieldPassword_ReportsNameKindAndLength()
    {
        var password = fake.Password();
        var source = $$"""
            sealed class SmtpOptions
            {
                public string Password { get; set; } = {|#0:"{{password}}"|};
            }
            """;

        var expected = new DiagnosticResult(VIO2002HardCodedCredentialAnalyzer.Rule)
            .WithLocation(0)
            .WithArguments("Password", "a password", password.Length + " characters");
        await SecretsVerify.AnalyzerAsync<VIO2002HardCodedCredentialAnalyzer>(source, expected);
    }

    [Fact]
    public async Task NamedPlaces_AreReported()
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Net;

            sealed class Settings
            {
                public string ClientSecret { get; set; } = "";
                public string ApiKey => {|VIO2002:"{{fake.Hex(32)}}"|};

                public static object Build(string password)
                {
                    var jwtSecret = {|VIO2002:"{{fake.Alnum(40)}}"|};
                    var settings = new Settings { ClientSecret = {|VIO2002:"{{fake.Alnum(32)}}"|} };
                    var values = new Dictionary<string, string>
                    {
                        ["Jwt:Secret"] = {|VIO2002:"{{fake.Alnum(48)}}"|},
                    };
                    var pairs = new Dictionary<string, string>
                    {
                        { "smtp_password", {|VIO2002:"{{fake.Password()}}"|} },
                    };
                    var credential = new NetworkCredential("tickets", {|VIO2002:"{{fake.Password()}}"|});
                    var anonymous = new { token = {|VIO2002:"{{fake.Alnum(36)}}"|} };
                    if (password == {|VIO2002:"{{fake.Password()}}"|})
                    {
                        return credential;
                    }

                    return (jwtSecret, settings, values, pairs, anonymous);
                }
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2002HardCodedCredentialAnalyzer>(source);
    }

    [Fact]
    public async Task ParameterDefaultAndAttribute_AreReported()
    {
        var source = $$"""
            using System;

            [AttributeUsage(AttributeTargets.Method)]
            sealed class ConnectAttribute : Attribute
            {
                public ConnectAttribute(string password) { }
                public string Token { get; set; } = "";
            }

            static class Client
            {
                [Connect({|VIO2002:"{{fake.Password()}}"|}, Token = {|VIO2002:"{{fake.Alnum(30)}}"|})]
                public static void Open(string apiKey = {|VIO2002:"{{fake.Hex(40)}}"|}) { }
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2002HardCodedCredentialAnalyzer>(source);
    }

    [Fact]
    public async Task PlaceholdersAndText_AreNotReported()
    {
        const string source = """
            using System.Collections.Generic;

            static class Texts
            {
                public const string PasswordLabel = "Enter your password";
                public const string Password = "Password";
                public const string PasswordRequired = "Password is required";
                public const string JwtSecretKey = "Jwt:Secret";
                public const string SecretVariable = "JWT_SECRET";
                public const string ApiKey = "<your-api-key>";
                public const string Token = "${API_TOKEN}";
                public const string ClientSecret = "changeme";
                public const string PrivateKey = "%PRIVATE_KEY%";
                public const string TokenUrl = "https://auth.example.com/token";
                public const string TokenType = "Bearer";
                public static readonly string Pwd = "";
                public static readonly Dictionary<string, string> Errors = new() { ["password"] = "Password must have 12 characters" };
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2002HardCodedCredentialAnalyzer>(source);
    }

    [Fact]
    public async Task ProviderAndPublicValues_AreLeftToOtherRules()
    {
        var source = $$"""
            static class Keys
            {
                public const string AnonKey = "{{fake.SupabaseJwt("anon")}}";
                public const string ApiKey = "{{fake.Resend()}}";
                public const string PublicKey = "{{fake.Wompi("pub" + "_prod_")}}";
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2002HardCodedCredentialAnalyzer>(source);
    }

    [Fact]
    public async Task ExtraWordsOption_ExtendsNames()
    {
        var source = $$"""
            static class Kiosk
            {
                public static readonly string PinCode = {|VIO2002:"{{fake.Alnum(20)}}"|};
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2002HardCodedCredentialAnalyzer>(source, "viotech_secrets_credential_words = pin\n");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("viotech_secrets_generic_in_tests = true\n", true)]
    public async Task TestProject_FollowsGenericInTestsOption(string? editorConfig, bool reported)
    {
        var password = fake.Password();
        var source = reported
            ? $$"""static class Fixture { public const string Password = {|VIO2002:"{{password}}"|}; }"""
            : $$"""static class Fixture { public const string Password = "{{password}}"; }""";
        var test = new Verify<VIO2002HardCodedCredentialAnalyzer>.AnalyzerTest { TestCode = source };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + editorConfig));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_UsesSymbolNames_AndFixAll()
    {
        var source = $$"""
            using System;

            sealed class SmtpOptions
            {
                public string Password { get; set; } = {|VIO2002:"{{fake.Password()}}"|};

                public string Token { get; set; } = {|VIO2002:"{{fake.Alnum(30)}}"|};
            }
            """;
        const string fixedSource = """
            using System;

            sealed class SmtpOptions
            {
                public string Password { get; set; } = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? throw new InvalidOperationException("SMTP_PASSWORD is not set.");

                public string Token { get; set; } = Environment.GetEnvironmentVariable("SMTP_TOKEN") ?? throw new InvalidOperationException("SMTP_TOKEN is not set.");
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2002HardCodedCredentialAnalyzer, VIO2002HardCodedCredentialCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public async Task CodeFix_BuilderInScope_ReadsItsConfiguration()
    {
        var source = $$"""
            using System;
            using Microsoft.AspNetCore.Builder;

            static class Startup
            {
                public static void Configure(WebApplicationBuilder builder)
                {
                    var jwtSecret = {|VIO2002:"{{fake.Alnum(40)}}"|};
                    Console.WriteLine(jwtSecret.Length);
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.AspNetCore.Builder;

            static class Startup
            {
                public static void Configure(WebApplicationBuilder builder)
                {
                    var jwtSecret = builder.Configuration["Jwt:Secret"] ?? throw new InvalidOperationException("Configuration value 'Jwt:Secret' is not set.");
                    Console.WriteLine(jwtSecret.Length);
                }
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2002HardCodedCredentialAnalyzer, VIO2002HardCodedCredentialCodeFixProvider>(source, fixedSource);
    }

    [Fact]
    public async Task CodeFix_ConstField_OffersNoFix()
    {
        var source = $$"""
            static class Smtp
            {
                public const string Password = {|VIO2002:"{{fake.Password()}}"|};
            }
            """;

        await SecretsVerify.CodeFixAsync<VIO2002HardCodedCredentialAnalyzer, VIO2002HardCodedCredentialCodeFixProvider>(source, source);
    }
}
