using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// VIO3006: a logging call writes a value that names a secret or personal data, a secret
/// configuration value, or whole request headers or bodies, as a template value or inside a
/// formatted message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO3006SensitiveValueLoggedAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.SensitiveValueLogged);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var api = LoggingApi.Create(start.Compilation);
            if (api is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => AnalyzeInvocation(operationContext, api), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, LoggingApi api)
    {
        var call = api.Recognize((IInvocationOperation)context.Operation);
        if (call is null || call.Kind == LogCallKind.Define)
        {
            return;
        }

        foreach (var found in SensitiveValues.Find(call.Template.Value))
        {
            Report(context, found);
        }

        foreach (var value in call.Values)
        {
            foreach (var found in SensitiveValues.Find(value))
            {
                Report(context, found);
            }
        }

        // A value that converts to the params array itself, such as StringValues, is the whole argument.
        if (call.HasOpaqueValues && call.ParamsArgument is { } paramsArgument)
        {
            foreach (var found in SensitiveValues.Find(paramsArgument.Value))
            {
                Report(context, found);
            }
        }
    }

    private static void Report(OperationAnalysisContext context, SensitiveValue found)
    {
        var detailResource = found.Kind switch
        {
            SensitiveKind.Configuration => "VIO3006_ConfigurationDetail",
            SensitiveKind.Request => "VIO3006_RequestDetail",
            SensitiveKind.Header => "VIO3006_HeaderDetail",
            _ => "VIO3006_NameDetail",
        };

        // The detail is a localizable argument, so it is written in the language of the message.
        // It names the expression and the matched term, never the value.
        var detail = new LocalizableResourceString(detailResource, AnalyzerResources.Manager, typeof(AnalyzerResources), found.Term);
        context.ReportDiagnostic(Diagnostic.Create(Rule, found.Operation.Syntax.GetLocation(), found.Operation.Syntax.ToString(), detail));
    }
}
