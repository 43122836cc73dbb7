using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Authentication;

/// <summary>
/// VIO1402: <c>RequireHttpsMetadata = false</c> on authentication options (JWT bearer, OpenID
/// Connect: any <c>AuthenticationSchemeOptions</c>) outside a Development-only branch. A value
/// computed from the environment, such as <c>!env.IsDevelopment()</c>, is not constant and not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1402HttpsMetadataNotRequiredAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HttpsMetadataNotRequired);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var schemeOptions = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions");
            if (schemeOptions is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, schemeOptions), OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol schemeOptions)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "RequireHttpsMetadata" } property
            && PipelineTypes.Is(property.Property.ContainingType, schemeOptions)
            && assignment.Value.ConstantValue is { HasValue: true, Value: false }
            && !EnvironmentGuards.IsDevelopmentOnly(assignment.Syntax))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation()));
        }
    }
}
