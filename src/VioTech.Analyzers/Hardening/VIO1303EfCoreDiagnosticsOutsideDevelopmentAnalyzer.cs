using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Hardening;

/// <summary>
/// VIO1303: EF Core's <c>EnableSensitiveDataLogging()</c> or <c>EnableDetailedErrors()</c> called
/// without an argument or with the constant <c>true</c>, outside a Development-only branch.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1303EfCoreDiagnosticsOutsideDevelopmentAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property with the expression that reads the environment, present when the code fix can pass it.</summary>
    public const string EnvironmentProperty = PipelineInsertionPoint.EnvironmentProperty;

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.EfCoreDiagnosticsOutsideDevelopment);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var optionsBuilder = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContextOptionsBuilder");
            if (optionsBuilder is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, optionsBuilder), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol optionsBuilder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name is not ("EnableSensitiveDataLogging" or "EnableDetailedErrors")
            || !PipelineTypes.Is(method.ContainingType, optionsBuilder)
            || EnvironmentGuards.IsDevelopmentOnly(invocation.Syntax))
        {
            return;
        }

        var argument = invocation.Arguments.FirstOrDefault();
        var alwaysOn = argument is null
            || argument.ArgumentKind == ArgumentKind.DefaultValue
            || argument.Value.ConstantValue is { HasValue: true, Value: true };
        if (!alwaysOn)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (EnvironmentExpression(invocation) is { } environment)
        {
            properties = properties.Add(EnvironmentProperty, environment);
        }

        var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
            ? Location.Create(call.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, call.Span.End))
            : invocation.Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, method.Name + "()"));
    }

    /// <summary>
    /// Returns an expression that reads the host environment where the call is: a parameter of an
    /// enclosing method whose type name ends with <c>HostEnvironment</c>, or <c>builder.Environment</c>
    /// for a <c>WebApplicationBuilder</c> local of the top-level statements.
    /// </summary>
    private static string? EnvironmentExpression(IInvocationOperation invocation)
    {
        for (var node = invocation.Syntax.Parent; node is not null; node = node.Parent)
        {
            var parameters = node switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
                LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
                _ => default,
            };
            foreach (var parameter in parameters)
            {
                var typeName = parameter.Type?.ToString() ?? string.Empty;
                if (typeName.EndsWith("HostEnvironment", System.StringComparison.Ordinal) || typeName.EndsWith("IHostingEnvironment", System.StringComparison.Ordinal))
                {
                    return parameter.Identifier.ValueText;
                }
            }

            if (node is CompilationUnitSyntax unit)
            {
                foreach (var declarator in unit.Members.OfType<GlobalStatementSyntax>()
                    .Select(statement => statement.Statement)
                    .OfType<LocalDeclarationStatementSyntax>()
                    .SelectMany(declaration => declaration.Declaration.Variables))
                {
                    if (declarator.Initializer?.Value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "WebApplication" }, Name.Identifier.ValueText: "CreateBuilder" or "CreateSlimBuilder" or "CreateEmptyBuilder" } }
                        && declarator.SpanStart < invocation.Syntax.SpanStart)
                    {
                        return declarator.Identifier.ValueText + ".Environment";
                    }
                }
            }
        }

        return null;
    }
}
