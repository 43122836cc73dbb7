using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// VIO3003: <c>Console.Write*</c>, <c>Console.Out</c>/<c>Console.Error</c> writes,
/// <c>Debug.Write*</c> and <c>Trace.Write*</c> in service code, where output should go through a
/// logger. Console tools (an executable without ASP.NET Core or the generic host) are not
/// analyzed unless <c>viotech.vio3003.include_console_apps = true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO3003ConsoleOutputInServiceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Option that turns the rule on in console tools too.</summary>
    public const string IncludeConsoleAppsOption = "viotech.vio3003.include_console_apps";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ConsoleOutputInService);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var writers = ConsoleWriters.Create(start.Compilation);
            if (writers is null)
            {
                return;
            }

            var compilation = start.Compilation;
            var isService = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpContext") is not null
                || compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHost") is not null;
            var isConsoleTool = !isService && compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
            var includeConsoleApps = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(IncludeConsoleAppsOption, out var value)
                && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
            if (isConsoleTool && !includeConsoleApps)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => AnalyzeInvocation(operationContext, writers), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConsoleWriters writers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var write = writers.Classify(invocation);
        if (write is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), write.Display));
    }
}
