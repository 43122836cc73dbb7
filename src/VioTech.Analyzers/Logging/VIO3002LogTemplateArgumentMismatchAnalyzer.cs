using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Logging;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// VIO3002: a constant message template is malformed, or its placeholders and the values passed
/// with it differ in number. Checks Microsoft.Extensions.Logging, Serilog and NLog calls,
/// <c>LoggerMessage.Define*</c> (against its type arguments) and <c>[LoggerMessage]</c> methods
/// (against their parameter names).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO3002LogTemplateArgumentMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.LogTemplateArgumentMismatch);

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
            if (api.LoggerMessageAttribute is { } attribute)
            {
                start.RegisterSymbolAction(symbolContext => AnalyzeLoggerMessageMethod(symbolContext, attribute), SymbolKind.Method);
            }
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, LoggingApi api)
    {
        var call = api.Recognize((IInvocationOperation)context.Operation);
        if (call is null || call.Kind == LogCallKind.StateAndFormatter)
        {
            return;
        }

        var templateOperation = LoggingOperations.SkipConversions(call.Template.Value);
        if (templateOperation.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        var template = MessageTemplate.Parse(text);
        if (call.Kind == LogCallKind.Define)
        {
            var typeArguments = call.Invocation.TargetMethod.TypeArguments.Length;
            if (template.Errors.Count > 0)
            {
                ReportSyntaxError(context.ReportDiagnostic, templateOperation.Syntax, template.Errors[0]);
            }
            else if (template.Holes.Count != typeArguments)
            {
                Report(context.ReportDiagnostic, templateOperation.Syntax.GetLocation(), "VIO3002_DefineDetail", template.Holes.Count, typeArguments);
            }

            return;
        }

        if (call.HasOpaqueValues)
        {
            return;
        }

        var values = call.Values.Length;
        if (values == 0 && (call.Library == LoggingLibrary.NLog || template.Errors.Count > 0))
        {
            // Without values, NLog and Microsoft.Extensions.Logging write the text as it is, so stray
            // braces there are literal text. Well-formed holes with nothing to fill them are still reported.
            return;
        }

        if (template.Errors.Count > 0)
        {
            ReportSyntaxError(context.ReportDiagnostic, templateOperation.Syntax, template.Errors[0]);
            return;
        }

        var expected = call.Library == LoggingLibrary.MicrosoftExtensionsLogging
            ? template.Holes.Count
            : template.ExpectedArgumentCount;
        if (expected != values)
        {
            Report(context.ReportDiagnostic, templateOperation.Syntax.GetLocation(), "VIO3002_CountDetail", expected, values);
        }
    }

    private static void AnalyzeLoggerMessageMethod(SymbolAnalysisContext context, INamedTypeSymbol loggerMessageAttribute)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.PartialDefinitionPart is not null)
        {
            // The implementing part of a partial method shares the attributes of its definition.
            return;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, loggerMessageAttribute)
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            var (text, argumentSyntax) = MessageOf(attribute, syntax);
            if (text is null)
            {
                continue;
            }

            var location = argumentSyntax?.Expression ?? (SyntaxNode)syntax;
            var template = MessageTemplate.Parse(text);
            if (template.Errors.Count > 0)
            {
                ReportSyntaxError(context.ReportDiagnostic, location, template.Errors[0]);
                continue;
            }

            foreach (var hole in template.Holes)
            {
                if (!HasParameterNamed(method, hole.Name))
                {
                    Report(context.ReportDiagnostic, location.GetLocation(), "VIO3002_MissingParameterDetail", "{" + hole.Name + "}");
                    break;
                }
            }
        }
    }

    /// <summary>Returns the <c>Message</c> of a <c>[LoggerMessage]</c>, given as a named or a constructor argument.</summary>
    private static (string? Text, AttributeArgumentSyntax? Syntax) MessageOf(AttributeData attribute, AttributeSyntax syntax)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Message" && named.Value.Value is string text)
            {
                return (text, FindArgument(syntax, argument => argument.NameEquals?.Name.Identifier.ValueText == "Message"));
            }
        }

        var constructor = attribute.AttributeConstructor;
        if (constructor is null)
        {
            return (null, null);
        }

        for (var index = 0; index < constructor.Parameters.Length && index < attribute.ConstructorArguments.Length; index++)
        {
            if (constructor.Parameters[index].Name == "message" && attribute.ConstructorArguments[index].Value is string text)
            {
                var positional = syntax.ArgumentList?.Arguments.Count > index && syntax.ArgumentList.Arguments[index].NameEquals is null
                    ? syntax.ArgumentList.Arguments[index]
                    : null;
                return (text, positional);
            }
        }

        return (null, null);
    }

    private static AttributeArgumentSyntax? FindArgument(AttributeSyntax syntax, Func<AttributeArgumentSyntax, bool> predicate)
    {
        if (syntax.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (predicate(argument))
            {
                return argument;
            }
        }

        return null;
    }

    private static bool HasParameterNamed(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports a syntax error, on the faulty characters when the template is a plain literal whose
    /// source text matches its value, otherwise on the whole template.
    /// </summary>
    private static void ReportSyntaxError(Action<Diagnostic> report, SyntaxNode templateSyntax, TemplateError error)
    {
        var location = templateSyntax.GetLocation();
        if (templateSyntax is LiteralExpressionSyntax { Token: var token } && token.IsKind(SyntaxKind.StringLiteralToken)
            && token.Text.Length == token.ValueText.Length + 2 && token.Text.StartsWith("\"", StringComparison.Ordinal))
        {
            var start = token.SpanStart + 1 + error.Start;
            location = Location.Create(templateSyntax.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(start, error.Length));
        }

        Report(report, location, "VIO3002_" + error.Kind, error.Start);
    }

    private static void Report(Action<Diagnostic> report, Location location, string detailResource, params object[] detailArguments)
    {
        var arguments = new string[detailArguments.Length];
        for (var index = 0; index < arguments.Length; index++)
        {
            arguments[index] = Convert.ToString(detailArguments[index], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        // The detail is a localizable argument, so it is written in the language of the message.
        var detail = new LocalizableResourceString(detailResource, AnalyzerResources.Manager, typeof(AnalyzerResources), arguments);
        report(Diagnostic.Create(Rule, location, detail));
    }
}
