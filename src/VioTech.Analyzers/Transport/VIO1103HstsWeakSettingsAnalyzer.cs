using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Transport;

/// <summary>
/// VIO1103: HSTS with a <c>max-age</c> below <c>viotech.hsts_min_max_age_days</c> (365 by
/// default), set on <c>HstsOptions.MaxAge</c> or NetEscapades' <c>AddStrictTransportSecurity…</c>,
/// or left at the framework's 30-day default because the pipeline calls <c>UseHsts()</c> without
/// <c>AddHsts</c>; and <c>Preload = true</c> without <c>IncludeSubDomains = true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1103HstsWeakSettingsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The <c>max-age</c> that ASP.NET Core's <c>HstsOptions</c> uses when none is set.</summary>
    private const int FrameworkDefaultDays = 30;

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HstsWeakSettings);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (PipelineAnalysis.Register(start, EvaluatePipeline) is null)
            {
                return;
            }

            var hstsOptions = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.HttpsPolicy.HstsOptions");
            if (hstsOptions is not null)
            {
                start.RegisterOperationAction(operationContext => AnalyzeAssignment(operationContext, hstsOptions), OperationKind.SimpleAssignment);
            }

            start.RegisterOperationAction(AnalyzeLibraryCall, OperationKind.Invocation);
        });
    }

    private static void EvaluatePipeline(PipelineModel model, PipelineRuleContext context)
    {
        var hstsOptions = context.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.HttpsPolicy.HstsOptions");
        if (!model.IsComplete || model.Services.Any(step => step.Name == "AddHsts" || MayConfigureHsts(step, hstsOptions)))
        {
            return;
        }

        var minimum = context.Options.HstsMinMaxAgeDays;
        if (minimum <= FrameworkDefaultDays)
        {
            return;
        }

        foreach (var step in model.MainMiddleware)
        {
            // Only ASP.NET Core's own UseHsts reads HstsOptions; NWebsec's takes its settings as arguments.
            if (step.Name == "UseHsts" && step.Method?.Parameters.Length == 1
                && step.Method.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true
                && step.Condition.CanRunOutsideDevelopment)
            {
                context.Report(Diagnostic.Create(Rule, step.CallLocation, RuleText.Get("VIO1103_Reason_DefaultMaxAge", Text(minimum))));
            }
        }
    }

    /// <summary>
    /// True when a service registration may set <c>HstsOptions</c>: <c>Configure</c>-style calls whose
    /// options type is <c>HstsOptions</c> or cannot be read, and <c>ConfigureOptions</c> with a setup
    /// class that configures <c>HstsOptions</c> or cannot be inspected. Options of other types do not count.
    /// </summary>
    private static bool MayConfigureHsts(PipelineEvent step, INamedTypeSymbol? hstsOptions)
    {
        switch (step.Name)
        {
            case "Configure" or "PostConfigure" or "ConfigureAll" or "PostConfigureAll" or "AddOptions":
                return hstsOptions is null
                    || step.Type is null or ITypeParameterSymbol or IErrorTypeSymbol
                    || SymbolEqualityComparer.Default.Equals(step.Type, hstsOptions);
            case "ConfigureOptions":
                return hstsOptions is null
                    || step.Type is not INamedTypeSymbol setup
                    || setup.TypeKind == TypeKind.Error
                    || setup.AllInterfaces.Any(contract => contract.TypeArguments.Any(argument => SymbolEqualityComparer.Default.Equals(argument, hstsOptions)));
            default:
                return false;
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol hstsOptions)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation property
            || !SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, hstsOptions))
        {
            return;
        }

        var minimum = new AnalyzerOptionsReader(context.Options, assignment.Syntax.SyntaxTree).HstsMinMaxAgeDays;
        switch (property.Property.Name)
        {
            case "MaxAge" when HstsMaxAge.Days(assignment.Value) is { } days && days < minimum:
                context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation(), RuleText.Get("VIO1103_Reason_ShortMaxAge", Text(days), Text(minimum))));
                break;
            case "Preload" when assignment.Value.ConstantValue is { HasValue: true, Value: true } && !SetsIncludeSubDomains(assignment):
                context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation(), RuleText.Get("VIO1103_Reason_PreloadWithoutSubdomains")));
                break;
        }
    }

    /// <summary>Checks NetEscapades' <c>AddStrictTransportSecurity…(maxAgeInSeconds)</c> calls.</summary>
    private static void AnalyzeLibraryCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.Name.StartsWith("AddStrictTransportSecurity", StringComparison.Ordinal)
            || method.ContainingNamespace?.ToDisplayString().StartsWith("NetEscapades", StringComparison.Ordinal) != true)
        {
            return;
        }

        var maxAge = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "maxAgeInSeconds");
        if (maxAge is null || HstsMaxAge.Number(maxAge.Value) is not { } seconds)
        {
            return;
        }

        var minimum = new AnalyzerOptionsReader(context.Options, invocation.Syntax.SyntaxTree).HstsMinMaxAgeDays;
        var days = seconds / (24 * 60 * 60);
        if (days < minimum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), RuleText.Get("VIO1103_Reason_ShortMaxAge", Text(days), Text(minimum))));
        }
    }

    private static bool SetsIncludeSubDomains(ISimpleAssignmentOperation preload)
    {
        IOperation scope = preload;
        while (scope.Parent is not null && scope is not IAnonymousFunctionOperation)
        {
            scope = scope.Parent;
        }

        return scope.Descendants().OfType<ISimpleAssignmentOperation>().Any(assignment =>
            assignment.Target is IPropertyReferenceOperation { Property.Name: "IncludeSubDomains" }
            && assignment.Value.ConstantValue is { HasValue: true, Value: true });
    }

    private static string Text(double days) => Math.Round(days, 1).ToString(CultureInfo.InvariantCulture);
}
