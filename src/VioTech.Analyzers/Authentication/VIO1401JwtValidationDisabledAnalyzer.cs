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
using VioTech.Analyzers.Transport;

namespace VioTech.Analyzers.Authentication;

/// <summary>
/// VIO1401: <c>TokenValidationParameters</c> with a validation flag set to the constant
/// <c>false</c>, a <c>SignatureValidator</c> that returns a token built from the raw string without
/// validating it, or a constant <c>ClockSkew</c> over five minutes. Assignments in a
/// Development-only branch are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1401JwtValidationDisabledAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property naming what the fix writes: <c>true</c> for a flag, <c>ClockSkew</c> for the skew; absent when there is no fix.</summary>
    public const string FixProperty = "Fix";

    private const double MaxClockSkewMinutes = 5;

    private static readonly string[] SafeWhenTrue =
    {
        "ValidateIssuerSigningKey", "ValidateLifetime", "ValidateIssuer", "ValidateAudience", "RequireSignedTokens", "RequireExpirationTime",
    };

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.JwtValidationDisabled);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var parameters = start.Compilation.GetTypeByMetadataName("Microsoft.IdentityModel.Tokens.TokenValidationParameters");
            if (parameters is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, parameters), OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol parameters)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation property
            || !PipelineTypes.Is(property.Property.ContainingType, parameters)
            || EnvironmentGuards.IsDevelopmentOnly(assignment.Syntax))
        {
            return;
        }

        var name = property.Property.Name;
        if (SafeWhenTrue.Contains(name, StringComparer.Ordinal) && assignment.Value.ConstantValue is { HasValue: true, Value: false })
        {
            Report(context, assignment, RuleText.Get("VIO1401_Reason_FlagOff", name), "true");
        }
        else if (name == "ClockSkew" && HstsMaxAge.Days(assignment.Value) is { } days && days * 24 * 60 > MaxClockSkewMinutes)
        {
            var minutes = Math.Round(days * 24 * 60, 1).ToString(CultureInfo.InvariantCulture);
            Report(context, assignment, RuleText.Get("VIO1401_Reason_ClockSkew", minutes), "ClockSkew");
        }
        else if (name == "SignatureValidator" && SkipsValidation(assignment.Value))
        {
            Report(context, assignment, RuleText.Get("VIO1401_Reason_SignatureSkipped"), null);
        }
    }

    private static void Report(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, LocalizableString reason, string? fix)
    {
        var properties = fix is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);
        context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation(), properties, reason));
    }

    /// <summary>True for a delegate that only wraps the raw token in <c>JwtSecurityToken</c> or <c>JsonWebToken</c> and returns it.</summary>
    private static bool SkipsValidation(IOperation value)
    {
        while (value is IConversionOperation or IDelegateCreationOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)value).Target;
        }

        if (value is not IAnonymousFunctionOperation lambda)
        {
            return false;
        }

        var statements = lambda.Body.Operations;
        return statements.Length == 1
            && statements[0] is IReturnOperation { ReturnedValue: { } returned }
            && PipelineFactsCollector.Unwrap(returned) is IObjectCreationOperation { Type.Name: "JwtSecurityToken" or "JsonWebToken", Arguments.Length: 1 } creation
            && creation.Arguments[0].Value is IParameterReferenceOperation;
    }
}
