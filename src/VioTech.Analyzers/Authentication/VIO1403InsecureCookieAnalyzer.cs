using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Authentication;

/// <summary>
/// VIO1403: cookie settings that expose a cookie: <c>CookieOptions.Secure = false</c>;
/// <c>SecurePolicy = CookieSecurePolicy.None</c>; <c>HttpOnly = false</c> on the cookie of
/// cookie authentication, session or antiforgery options; <c>SameSite = SameSiteMode.None</c>
/// without <c>Secure = true</c> or <c>CookieSecurePolicy.Always</c> in the same initializer or
/// lambda. Assignments in a Development-only branch are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1403InsecureCookieAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] SensitiveCookieOwners = { "CookieAuthenticationOptions", "SessionOptions", "AntiforgeryOptions" };

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.InsecureCookie);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var cookieOptions = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieOptions");
            var cookieBuilder = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieBuilder");
            if (cookieOptions is null || cookieBuilder is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, cookieOptions, cookieBuilder), OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol cookieOptions, INamedTypeSymbol cookieBuilder)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation property)
        {
            return;
        }

        var owner = property.Property.ContainingType;
        var isOptions = PipelineTypes.Is(owner, cookieOptions);
        var isBuilder = PipelineTypes.Is(owner, cookieBuilder);
        if ((!isOptions && !isBuilder) || EnvironmentGuards.IsDevelopmentOnly(assignment.Syntax))
        {
            return;
        }

        string? reason = property.Property.Name switch
        {
            "Secure" when IsFalse(assignment.Value) => "VIO1403_Reason_SecureOff",
            "SecurePolicy" when IsEnumMember(assignment.Value, "CookieSecurePolicy", "None") => "VIO1403_Reason_SecurePolicyNone",
            "HttpOnly" when IsFalse(assignment.Value) && isBuilder && IsSensitiveCookie(property) => "VIO1403_Reason_HttpOnlyOff",
            "SameSite" when IsEnumMember(assignment.Value, "SameSiteMode", "None") && !SetsSecure(assignment) => "VIO1403_Reason_SameSiteNoneWithoutSecure",
            _ => null,
        };

        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation(), RuleText.Get(reason)));
        }
    }

    private static bool IsFalse(IOperation value) => value.ConstantValue is { HasValue: true, Value: false };

    private static bool IsEnumMember(IOperation value, string enumName, string member)
    {
        value = PipelineFactsCollector.Unwrap(value);
        return value is IFieldReferenceOperation field && field.Field.ContainingType?.Name == enumName && field.Field.Name == member;
    }

    /// <summary>True for <c>options.Cookie</c> where the options are cookie authentication, session or antiforgery options.</summary>
    private static bool IsSensitiveCookie(IPropertyReferenceOperation property) =>
        property.Instance is IPropertyReferenceOperation { Property.Name: "Cookie" } cookie
        && cookie.Instance?.Type is { } ownerType
        && Enumerate(ownerType).Any(type => SensitiveCookieOwners.Contains(type.Name));

    private static System.Collections.Generic.IEnumerable<ITypeSymbol> Enumerate(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>True when the same object initializer, lambda or method also sets <c>Secure = true</c> or <c>SecurePolicy = Always</c>.</summary>
    private static bool SetsSecure(ISimpleAssignmentOperation sameSite)
    {
        IOperation scope = sameSite;
        while (scope.Parent is not null && scope is not IObjectOrCollectionInitializerOperation && scope is not IAnonymousFunctionOperation)
        {
            scope = scope.Parent;
        }

        return scope.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>().Any(assignment =>
            assignment.Target is IPropertyReferenceOperation target
            && ((target.Property.Name == "Secure" && assignment.Value.ConstantValue is { HasValue: true, Value: true })
                || (target.Property.Name == "SecurePolicy" && IsEnumMember(assignment.Value, "CookieSecurePolicy", "Always"))));
    }
}
