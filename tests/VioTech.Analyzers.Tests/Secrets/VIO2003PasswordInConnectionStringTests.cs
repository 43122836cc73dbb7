using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class VIO2003PasswordInConnectionStringTests
{
    private readonly FakeSecrets fake = new(2003);

    [Fact]
    public async Task ConnectionStringPassword_ReportsThePasswordOnly()
    {
        var password = fake.Password();
        var source = $$"""
            static class Db
            {
                public const string Main = "Host=db.tickets.example.com;Database=tickets;Username=app;Password={|#0:{{password}}|};SSL Mode=Require";
            }
            """;

        var expected = new DiagnosticResult(VIO2003PasswordInConnectionStringAnalyzer.Rule)
            .WithLocation(0)
            .WithArguments("The Password key of this connection string", password.Length + " characters");
        await SecretsVerify.AnalyzerAsync<VIO2003PasswordInConnectionStringAnalyzer>(source, expected);
    }

    [Fact]
    public async Task UriAndOtherLiteralKinds_AreReported()
    {
        var source = $$""""
            static class Db
            {
                public static string Url(string host) => $"postgresql://postgres:{|VIO2003:{{fake.Alnum(16)}}|}@{host}:6543/postgres";
                public const string Verbatim = @"Server=sql.example.com;Database=Tickets;User Id=app;Pwd={|VIO2003:{{fake.Password()}}|};";
                public const string Raw = """redis://default:{|VIO2003:{{fake.Alnum(24)}}|}@cache.example.com:6379""";
            }
            """";

        await SecretsVerify.AnalyzerAsync<VIO2003PasswordInConnectionStringAnalyzer>(source);
    }

    [Fact]
    public async Task PlaceholdersHolesAndLocalHosts_AreNotReported()
    {
        var source = $$"""
            static class Db
            {
                public const string Local = "Host=localhost;Username=postgres;Password=postgres";
                public const string Template = "Host=db.example.com;Username=app;Password={0}";
                public const string Substituted = "Host=db.example.com;Username=app;Password=${DB_PASSWORD}";
                public const string Integrated = "Server=sql.example.com;Database=Tickets;Integrated Security=true";
                public const string Dsn = "https://{{fake.Hex(32)}}@o{{fake.Digits(6)}}.ingest.sentry.io/{{fake.Digits(7)}}";
                public const string NoPassword = "postgresql://app@db.example.com/tickets";
                public static string Interpolated(string password) => $"Host=db.example.com;Username=app;Password={password}";
                public static string InterpolatedUri(string password) => $"postgresql://app:{password}@db.example.com/tickets";
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2003PasswordInConnectionStringAnalyzer>(source);
    }
}
