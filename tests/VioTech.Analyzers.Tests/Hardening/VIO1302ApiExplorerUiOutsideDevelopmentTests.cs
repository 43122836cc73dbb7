using System.Threading.Tasks;
using VioTech.Analyzers.CodeFixes.Hardening;
using VioTech.Analyzers.Hardening;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Tests.Transport;

namespace VioTech.Analyzers.Tests.Hardening;

public sealed class VIO1302ApiExplorerUiOutsideDevelopmentTests
{
    [Fact]
    public async Task UnguardedSwaggerUi_IsReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsProduction())
            {
                app.{|#0:UseSwaggerUI()|};
            }

            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1302ApiExplorerUiOutsideDevelopmentAnalyzer>(
            new[] { source }, null, PipelineTest.SwashbuckleLibrary,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("VIO1302", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithArguments("UseSwaggerUI()"));
    }

    [Fact]
    public async Task DevelopmentOnlySwagger_IsNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseSwagger();
                app.UseSwaggerUI();
            }

            app.Run();
            """;

        await PipelineTest.RunAsync<VIO1302ApiExplorerUiOutsideDevelopmentAnalyzer>(new[] { source }, null, PipelineTest.SwashbuckleLibrary);
    }

    [Fact]
    public async Task Fix_WrapsSwagger_FixAll()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.{|VIO1302:UseSwagger()|};
            app.{|VIO1302:UseSwaggerUI()|};
            app.Run();
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseSwagger();
            }
            if (app.Environment.IsDevelopment())
            {
                app.UseSwaggerUI();
            }
            app.Run();
            """;

        var test = new Verify<VIO1302ApiExplorerUiOutsideDevelopmentAnalyzer, VIO1302ApiExplorerUiOutsideDevelopmentCodeFixProvider>.CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.TestState.AdditionalReferences.Add(PipelineTest.SwashbuckleLibrary);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }
}
