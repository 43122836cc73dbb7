using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Configuration;
using VioTech.Analyzers.Configuration;
using VioTech.Analyzers.Core.Configuration;

namespace VioTech.Analyzers.Tests.Configuration;

public sealed class VIO4202ConfigurationKeyNotFoundTests
{
    private static readonly string Index = new IndexBuilder()
        .Settings(
            "appsettings.json",
            null,
            ("Jwt:Issuer", SettingKind.String, "https://auth.tickets.example"),
            ("Jwt:Audience", SettingKind.String, "tickets-api"),
            ("Logging:LogLevel:Default", SettingKind.String, "Information"),
            ("Tickets:MaxPerOrder", SettingKind.Number, "10"))
        .Settings("appsettings.Production.json", "Production", ("Sentry:SampleRate", SettingKind.Number, "0.2"))
        .Manifest(("DATABASE_URL", "ConnectionStrings:Default"), ("JWT_SECRET", null), ("Jwt__SigningKey", null), ("APP_Features__Beta", null))
        .Environments("Development", "Production")
        .Build();

    private const string Usings = """
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public async Task KeysThatNothingSets_AreReported()
    {
        const string source = Usings + """
            public sealed class PaymentOptions
            {
                public const string SectionName = "Wompi";

                public string? PublicKey { get; set; }
            }

            public sealed class ResendOptions
            {
                public string? From { get; set; }
            }

            static class Startup
            {
                public static void Configure(IServiceCollection services, IConfiguration configuration)
                {
                    _ = configuration[{|VIO4202:"Jwt:Isuer"|}];
                    _ = configuration.GetSection("Jwt")[{|VIO4202:"Audiense"|}];
                    _ = configuration.GetValue<int>({|VIO4202:"Tickets:MaxPerEvent"|});
                    _ = configuration.GetConnectionString({|VIO4202:"Reporting"|});
                    _ = configuration.GetSection({|VIO4202:"Sentry:Dsn"|}).Value;
                    _ = configuration.GetRequiredSection({|VIO4202:"Cache"|});
                    services.Configure<PaymentOptions>(configuration.GetSection({|VIO4202:PaymentOptions.SectionName|}));
                    services.AddOptions<ResendOptions>().BindConfiguration({|VIO4202:"Resend"|});
                    var jwt = configuration.GetSection("Jwt");
                    _ = jwt[{|VIO4202:"Expiry"|}];
                }
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, Index);
    }

    [Fact]
    public async Task KeysWithASource_AreNotReported()
    {
        const string source = Usings + """
            public sealed class JwtOptions
            {
                public string? Issuer { get; set; }
            }

            static class Startup
            {
                public static void Configure(IServiceCollection services, IConfiguration configuration, IConfigurationBuilder builder)
                {
                    builder.AddEnvironmentVariables("APP_");
                    _ = configuration["jwt:issuer"];
                    _ = configuration["Jwt__Audience"];
                    _ = configuration.GetSection("Logging").GetSection("LogLevel")["Default"];
                    _ = configuration.GetValue<double>("Sentry:SampleRate");
                    _ = configuration.GetConnectionString("Default");
                    _ = configuration["JWT_SECRET"];
                    _ = configuration["Jwt:SigningKey"];
                    _ = configuration["Features:Beta"];
                    _ = configuration["PORT"];
                    _ = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
                    services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
                    services.Configure<Dictionary<string, string>>(configuration.GetSection("Tenants"));
                    _ = configuration["Tenants:acme"];
                }
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, Index);
    }

    [Fact]
    public async Task DefaultsWritesAndComputedKeys_AreNotReported()
    {
        const string source = Usings + """
            static class Startup
            {
                public static void Configure(IConfiguration configuration, string tenant)
                {
                    _ = configuration.GetValue("Tickets:MaxPerEvent", 4);
                    _ = configuration["Cache:Provider"] ?? "memory";
                    if (configuration["Cache:Redis"] is null) { }
                    if (string.IsNullOrEmpty(configuration["Cache:Prefix"])) { }
                    configuration["Cache:Written"] = "1";
                    _ = configuration["Tenants:" + tenant];
                }

                public static void Section(IConfigurationSection section) => _ = section["Unknown"];
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, Index);
    }

    [Fact]
    public async Task ProviderWithUnknownKeys_SilencesTheRule()
    {
        const string source = Usings + """
            static class KeyVaultStub
            {
                public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder builder, string vault) => builder;
            }

            static class Startup
            {
                public static void Configure(IConfiguration configuration, IConfigurationBuilder builder)
                {
                    builder.AddAzureKeyVault("https://tickets.vault.azure.net");
                    _ = configuration["Wompi:PrivateKey"];
                }
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, Index);
    }

    [Fact]
    public async Task SettingsFileInUnindexedFolder_SilencesTheRule()
    {
        const string literal = Usings + """
            static class Startup
            {
                public static void Configure(IConfiguration configuration, IConfigurationBuilder builder)
                {
                    builder.AddJsonFile("config/appsettings.json", optional: true);
                    _ = configuration["TokenKey"];
                }
            }
            """;
        const string interpolated = Usings + """
            static class Startup
            {
                public static void Configure(IConfiguration configuration, IConfigurationBuilder builder, string environment)
                {
                    builder.AddJsonFile($"./config/appsettings.{environment}.json", optional: true);
                    _ = configuration["TokenKey"];
                }
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(literal, Index);
        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(interpolated, Index);
    }

    [Fact]
    public async Task SettingsFileInIndexedFolder_KeepsTheRule()
    {
        var index = new IndexBuilder()
            .Settings("config/appsettings.json", null, ("TokenKey", SettingKind.String, "placeholder"))
            .Build();
        const string source = Usings + """
            static class Startup
            {
                public static void Configure(IConfiguration configuration, IConfigurationBuilder builder)
                {
                    builder.AddJsonFile("appsettings.json").AddJsonFile("./config/appsettings.json");
                    _ = configuration["TokenKey"];
                    _ = configuration[{|VIO4202:"TokenKeys"|}];
                }
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, index);
    }

    [Fact]
    public async Task ProjectWithoutSettingsFilesOrManifest_IsSilent()
    {
        const string source = Usings + """
            static class Startup
            {
                public static string? Read(IConfiguration configuration) => configuration["Jwt:Isuer"];
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, new IndexBuilder().Build());
        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.AnalyzerAsync(source, index: null);
    }

    [Fact]
    public async Task CodeFix_WritesClosestKnownKey()
    {
        const string source = Usings + """
            static class Startup
            {
                public static void Configure(IConfiguration configuration)
                {
                    _ = configuration[{|VIO4202:"Jwt:Isuer"|}];
                    _ = configuration.GetSection("Jwt")[{|VIO4202:"Audiense"|}];
                    _ = configuration[{|VIO4202:"Payments:Provider"|}];
                    _ = configuration[{|VIO4202:"Jwt:Secret"|}];
                }
            }
            """;
        const string fixedSource = Usings + """
            static class Startup
            {
                public static void Configure(IConfiguration configuration)
                {
                    _ = configuration["Jwt:Issuer"];
                    _ = configuration.GetSection("Jwt")["Audience"];
                    _ = configuration[{|VIO4202:"Payments:Provider"|}];
                    _ = configuration[{|VIO4202:"Jwt:Secret"|}];
                }
            }
            """;

        await ConfigurationVerify<VIO4202ConfigurationKeyNotFoundAnalyzer>.CodeFixAsync<VIO4202ConfigurationKeyNotFoundCodeFixProvider>(source, fixedSource, Index);
    }
}
