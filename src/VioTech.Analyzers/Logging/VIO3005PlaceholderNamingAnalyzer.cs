using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Logging;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// VIO3005: a placeholder of a constant message template is not PascalCase (or camelCase, when
/// configured), repeats another placeholder's name, or is numeric. One diagnostic per template,
/// naming the first placeholder to rename; the fix renames them all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO3005PlaceholderNamingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.PlaceholderNaming);

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
        if (call is null || call.Kind == LogCallKind.StateAndFormatter || call.HasOpaqueValues
            || LoggingOperations.SkipConversions(call.Template.Value) is not { ConstantValue: { HasValue: true, Value: string text } } template)
        {
            return;
        }

        var parsed = MessageTemplate.Parse(text);
        if (parsed.Errors.Count > 0 || parsed.Holes.Count == 0)
        {
            return;
        }

        var camelCase = PlaceholderNaming.UsesCamelCase(context.Options.AnalyzerConfigOptionsProvider, context.Operation.Syntax.SyntaxTree);
        var values = call.Kind == LogCallKind.Define ? ImmutableArray<IOperation>.Empty : call.Values;
        var renames = PlaceholderNaming.Compute(parsed, values, camelCase, call.Library != LoggingLibrary.MicrosoftExtensionsLogging);
        if (renames is null)
        {
            // Numeric placeholders whose values cannot be matched: report without a suggested name.
            var numeric = FirstNumeric(parsed);
            if (numeric is not null)
            {
                Report(context, template, numeric.Name, "…");
            }

            return;
        }

        if (renames.Value.IsEmpty)
        {
            return;
        }

        var first = renames.Value[0];
        Report(context, template, first.Hole.Name, first.NewName);
    }

    private static TemplateHole? FirstNumeric(MessageTemplate template)
    {
        foreach (var hole in template.Holes)
        {
            if (hole.IsPositional)
            {
                return hole;
            }
        }

        return null;
    }

    private static void Report(OperationAnalysisContext context, IOperation template, string name, string newName) =>
        context.ReportDiagnostic(Diagnostic.Create(Rule, template.Syntax.GetLocation(), "{" + name + "}", "{" + newName + "}"));
}
