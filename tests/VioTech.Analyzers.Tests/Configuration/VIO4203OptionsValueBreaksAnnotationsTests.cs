using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Configuration;
using VioTech.Analyzers.Core.Configuration;

namespace VioTech.Analyzers.Tests.Configuration;

public sealed class VIO4203OptionsValueBreaksAnnotationsTests
{
    private const string Options = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public sealed class JwtOptions
        {
            public const string SectionName = "Jwt";

            [Required, Url]
            public string Issuer { get; set; } = "";

            [Range(1, 1440)]
            public int ExpiryMinutes { get; set; }

            [Required, MinLength(32)]
            public string SigningKey { get; set; } = "";

            [EmailAddress]
            public string? Contact { get; set; }

            public TimeSpan ClockSkew { get; set; }

            [RegularExpression("[A-Z]{3}")]
            public string? TicketPrefix { get; set; }

            public Dictionary<string, string> Audiences { get; set; } = new();

            public RetryOptions Retry { get; set; } = new();
        }

        public sealed class RetryOptions
        {
            [Range(0, 5)]
            public int Count { get; set; }
        }

        """;

    private static DiagnosticResult At(string fileName, int line, params object[] arguments) =>
        new DiagnosticResult("VIO4203", DiagnosticSeverity.Warning)
            .WithLocation(IndexBuilder.Directory + fileName, line, 10)
            .WithArguments(arguments)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task BrokenValues_AreReportedAtTheValue()
    {
        const string source = Options + """
            static class Startup
            {
                public static void Configure(IServiceCollection services, IConfiguration configuration) =>
                    services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName)).ValidateDataAnnotations();
            }
            """;
        var index = new IndexBuilder()
            .Settings(
                "appsettings.json",
                null,
                ("Jwt:Issuer", SettingKind.String, "auth.tickets.example"),
                ("Jwt:ExpiryMinutes", SettingKind.Number, "0"),
                ("Jwt:SigningKey", SettingKind.Secret, "12"),
                ("Jwt:Contact", SettingKind.String, "security-at-tickets"),
                ("Jwt:ClockSkew", SettingKind.String, "five minutes"),
                ("Jwt:TicketPrefix", SettingKind.String, "tkt"),
                ("Jwt:Audiences:web", SettingKind.String, "not judged"),
                ("Jwt:Retry:Count", SettingKind.Number, "9"))
            .Build();

        await ConfigurationVerify<VIO4203OptionsValueBreaksAnnotationsAnalyzer>.AnalyzerAsync(
            source,
            index,
            null,
            At("appsettings.json", 2, "'Jwt:Issuer' in appsettings.json", "[Url]", "JwtOptions.Issuer", "'auth.tickets.example' is not an absolute http, https or ftp URL"),
            At("appsettings.json", 3, "'Jwt:ExpiryMinutes' in appsettings.json", "[Range(1, 1440)]", "JwtOptions.ExpiryMinutes", "0 is outside 1 to 1440"),
            At("appsettings.json", 4, "'Jwt:SigningKey' in appsettings.json", "[MinLength(32)]", "JwtOptions.SigningKey", "12 characters, fewer than 32"),
            At("appsettings.json", 5, "'Jwt:Contact' in appsettings.json", "[EmailAddress]", "JwtOptions.Contact", "'security-at-tickets' is not an e-mail address"),
            At("appsettings.json", 6, "'Jwt:ClockSkew' in appsettings.json", "the type TimeSpan", "JwtOptions.ClockSkew", "'five minutes' cannot be converted to TimeSpan"),
            At("appsettings.json", 7, "'Jwt:TicketPrefix' in appsettings.json", "[RegularExpression(\"[A-Z]{3}\")]", "JwtOptions.TicketPrefix", "'tkt' does not match [A-Z]{3}"),
            At("appsettings.json", 9, "'Jwt:Retry:Count' in appsettings.json", "[Range(0, 5)]", "RetryOptions.Count", "9 is outside 0 to 5"));
    }

    [Fact]
    public async Task EnvironmentFileOverridesTheBaseFile()
    {
        const string source = Options + """
            static class Startup
            {
                public static void Configure(IServiceCollection services, IConfiguration configuration) =>
                    services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
            }
            """;

        // The base value is broken but every environment overrides it, so only Staging's own value is reported.
        var index = new IndexBuilder()
            .Settings("appsettings.json", null, ("Jwt:ExpiryMinutes", SettingKind.Number, "0"), ("Jwt:Issuer", SettingKind.String, "https://auth.example"))
            .Settings("appsettings.Production.json", "Production", ("Jwt:ExpiryMinutes", SettingKind.Number, "30"))
            .Settings("appsettings.Staging.json", "Staging", ("Jwt:ExpiryMinutes", SettingKind.String, "2000"))
            .Environments("Production", "Staging")
            .Build();

        await ConfigurationVerify<VIO4203OptionsValueBreaksAnnotationsAnalyzer>.AnalyzerAsync(
            source,
            index,
            null,
            At("appsettings.Staging.json", 2, "'Jwt:ExpiryMinutes' in appsettings.Staging.json", "[Range(1, 1440)]", "JwtOptions.ExpiryMinutes", "2000 is outside 1 to 1440"));
    }

    [Fact]
    public async Task MissingRequiredValue_NeedsAManifest()
    {
        const string source = Options + """
            static class Startup
            {
                public static void Configure(IServiceCollection services, IConfiguration configuration) =>
                    services.Configure<JwtOptions>(configuration.GetSection({|#0:"Jwt"|}));
            }
            """;
        var withManifest = new IndexBuilder()
            .Settings("appsettings.json", null, ("Jwt:ExpiryMinutes", SettingKind.Number, "30"))
            .Manifest(("Jwt__SigningKey", null))
            .Environments("Production")
            .Build();
        var withoutManifest = new IndexBuilder()
            .Settings("appsettings.json", null, ("Jwt:ExpiryMinutes", SettingKind.Number, "30"))
            .Environments("Production")
            .Build();

        // SigningKey is fed by a declared variable, so only Issuer is missing.
        await ConfigurationVerify<VIO4203OptionsValueBreaksAnnotationsAnalyzer>.AnalyzerAsync(
            source,
            withManifest,
            null,
            new DiagnosticResult("VIO4203", DiagnosticSeverity.Warning)
                .WithLocation(0)
                .WithArguments("'Jwt:Issuer' (set by no settings file for Production)", "[Required]", "JwtOptions.Issuer", "no file sets a value and no declared variable supplies one")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await ConfigurationVerify<VIO4203OptionsValueBreaksAnnotationsAnalyzer>.AnalyzerAsync(source, withoutManifest);
    }

    [Fact]
    public async Task ValidValuesAndUnboundClasses_AreNotReported()
    {
        const string source = Options + """
            public sealed class UnboundOptions
            {
                [Range(1, 2)]
                public int Level { get; set; }
            }

            static class Startup
            {
                public static JwtOptions? Configure(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
                    return configuration.GetSection("Jwt").Get<JwtOptions>();
                }
            }
            """;
        var index = new IndexBuilder()
            .Settings(
                "appsettings.json",
                null,
                ("Jwt:Issuer", SettingKind.String, "https://auth.tickets.example"),
                ("Jwt:ExpiryMinutes", SettingKind.String, "60"),
                ("Jwt:SigningKey", SettingKind.Secret, "64"),
                ("Jwt:Contact", SettingKind.String, "security@tickets.example"),
                ("Jwt:ClockSkew", SettingKind.String, "00:05:00"),
                ("Jwt:TicketPrefix", SettingKind.String, "TKT"),
                ("Jwt:Retry:Count", SettingKind.Number, "3"),
                ("Unbound:Level", SettingKind.Number, "99"))
            .Build();

        await ConfigurationVerify<VIO4203OptionsValueBreaksAnnotationsAnalyzer>.AnalyzerAsync(source, index);
    }

    [Fact]
    public async Task KeysFedByDeclaredVariables_AreNotJudged()
    {
        const string source = Options + """
            static class Startup
            {
                public static void Configure(IServiceCollection services, IConfiguration configuration) =>
                    services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
            }
            """;

        // The empty placeholder in the file is replaced by JWT__SIGNINGKEY at run time.
        var index = new IndexBuilder()
            .Settings("appsettings.json", null, ("Jwt:Issuer", SettingKind.String, "https://auth.example"), ("Jwt:SigningKey", SettingKind.String, ""))
            .Sources("Jwt__SigningKey")
            .Build();

        await ConfigurationVerify<VIO4203OptionsValueBreaksAnnotationsAnalyzer>.AnalyzerAsync(source, index);
    }
}
