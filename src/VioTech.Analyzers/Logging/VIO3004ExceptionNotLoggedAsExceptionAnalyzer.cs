using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// VIO3004: an exception reaches the log other than through the exception argument: as a
/// template value, as <c>ex.Message</c> or <c>ex.ToString()</c>, or not at all from an
/// error-level call in the <c>catch</c> block that caught it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO3004ExceptionNotLoggedAsExceptionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ExceptionNotLoggedAsException);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var api = LoggingApi.Create(start.Compilation);
            var exceptionType = start.Compilation.GetTypeByMetadataName("System.Exception");
            if (api is null || exceptionType is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => AnalyzeInvocation(operationContext, api, exceptionType), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, LoggingApi api, INamedTypeSymbol exceptionType)
    {
        var call = api.Recognize((IInvocationOperation)context.Operation);
        if (call is null || ExceptionArguments.Analyze(call, exceptionType) is not { } finding)
        {
            return;
        }

        var detailResource = finding.Problem switch
        {
            ExceptionProblem.AsValue => "VIO3004_ValueDetail",
            ExceptionProblem.MessageOnly => "VIO3004_TextDetail",
            _ => "VIO3004_DroppedDetail",
        };

        // The detail is a localizable argument, so it is written in the language of the message.
        var detail = new LocalizableResourceString(detailResource, AnalyzerResources.Manager, typeof(AnalyzerResources), finding.Display);
        context.ReportDiagnostic(Diagnostic.Create(Rule, finding.Node.Syntax.GetLocation(), detail));
    }
}
