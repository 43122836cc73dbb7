using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Hardening;
using VioTech.Analyzers.Hardening;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Hardening;

public sealed class VIO1303EfCoreDiagnosticsOutsideDevelopmentTests
{
    /// <summary>A stand-in for EF Core's options builder, which the tests do not reference.</summary>
    private const string EfCoreStub = """

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContextOptionsBuilder
            {
                public DbContextOptionsBuilder EnableSensitiveDataLogging(bool sensitiveDataLoggingEnabled = true) => this;
                public DbContextOptionsBuilder EnableDetailedErrors(bool detailedErrorsEnabled = true) => this;
            }
        }
        """;

    [Fact]
    public async Task EnvironmentArgumentOrGuard_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var options = new DbContextOptionsBuilder();
            options.EnableSensitiveDataLogging(builder.Environment.IsDevelopment());
            if (builder.Environment.IsDevelopment())
            {
                options.EnableDetailedErrors();
            }

            builder.Build().Run();
            """;

        await Verify<VIO1303EfCoreDiagnosticsOutsideDevelopmentAnalyzer>.AnalyzerAsync(source + EfCoreStub);
    }

    [Fact]
    public async Task Fix_PassesEnvironmentCheck_FixAll()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var options = new DbContextOptionsBuilder();
            options.{|VIO1303:EnableSensitiveDataLogging()|}.{|VIO1303:EnableDetailedErrors(true)|};
            builder.Build().Run();

            static class Database
            {
                public static void Configure(DbContextOptionsBuilder options, IHostEnvironment environment) =>
                    options.{|VIO1303:EnableSensitiveDataLogging()|};
            }
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var options = new DbContextOptionsBuilder();
            options.EnableSensitiveDataLogging(builder.Environment.IsDevelopment()).EnableDetailedErrors(builder.Environment.IsDevelopment());
            builder.Build().Run();

            static class Database
            {
                public static void Configure(DbContextOptionsBuilder options, IHostEnvironment environment) =>
                    options.EnableSensitiveDataLogging(environment.IsDevelopment());
            }
            """;

        await Verify<VIO1303EfCoreDiagnosticsOutsideDevelopmentAnalyzer, VIO1303EfCoreDiagnosticsOutsideDevelopmentCodeFixProvider>.CodeFixAsync(source + EfCoreStub, fixedSource + EfCoreStub);
    }
}
