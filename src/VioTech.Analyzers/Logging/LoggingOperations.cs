using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Logging;

/// <summary>How a string handed to a logger was built at run time.</summary>
internal enum FormattedTextKind
{
    None,
    Interpolation,
    Concatenation,
    StringFormat,
    ToStringCall,
}

/// <summary>Operation helpers shared by the logging analyzers and their code fixes.</summary>
internal static class LoggingOperations
{
    /// <summary>Returns the operand under implicit and explicit conversions and parentheses.</summary>
    public static IOperation SkipConversions(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// Classifies a non-constant string: an interpolated string, a <c>+</c> concatenation,
    /// a <c>string.Format</c> call or a <c>ToString()</c> call. Constants classify as <see cref="FormattedTextKind.None"/>.
    /// </summary>
    public static FormattedTextKind Classify(IOperation operation)
    {
        operation = SkipConversions(operation);
        if (operation.ConstantValue.HasValue)
        {
            return FormattedTextKind.None;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation:
                return FormattedTextKind.Interpolation;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                return FormattedTextKind.Concatenation;
            case IInvocationOperation invocation when IsStringFormat(invocation.TargetMethod):
                return FormattedTextKind.StringFormat;
            case IInvocationOperation { TargetMethod: { Name: "ToString", IsStatic: false } }:
                return FormattedTextKind.ToStringCall;
            default:
                return FormattedTextKind.None;
        }
    }

    /// <summary>Returns the code shape shown in the diagnostic message for a kind.</summary>
    public static string Display(FormattedTextKind kind) => kind switch
    {
        FormattedTextKind.Interpolation => "$\"…\"",
        FormattedTextKind.Concatenation => "+",
        FormattedTextKind.StringFormat => "string.Format",
        FormattedTextKind.ToStringCall => "ToString()",
        _ => string.Empty,
    };

    public static bool IsStringFormat(IMethodSymbol method) =>
        method is { Name: "Format", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String };

    /// <summary>
    /// True when <paramref name="operation"/> reads a parameter of the enclosing method that is
    /// itself a message template, so that the call belongs to a logging wrapper and is not reported:
    /// a string parameter named like a template (<c>template</c>, <c>messageTemplate</c>,
    /// <c>format</c>, <c>messageFormat</c>, or ending in <c>Template</c>), a <c>message</c>
    /// parameter beside a <c>params</c> array, or a string parameter
    /// of a method marked with a template attribute (<c>MessageTemplateFormatMethod</c>,
    /// <c>StringSyntax("CompositeFormat")</c>, <c>StructuredMessageTemplate</c>).
    /// </summary>
    public static bool ReadsTemplateParameter(IOperation operation)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is IParameterReferenceOperation { Parameter: { Type.SpecialType: SpecialType.System_String } parameter }
                && IsTemplateParameter(parameter))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTemplateParameter(IParameterSymbol parameter)
    {
        var name = parameter.Name;
        if (name is "template" or "messageTemplate" or "format" or "messageFormat" or "formatString"
            || name.EndsWith("Template", System.StringComparison.Ordinal))
        {
            return true;
        }

        // A "message" parameter beside a params array is the template of a wrapper method.
        if (name == "message" && parameter.ContainingSymbol is IMethodSymbol { Parameters: { Length: > 0 } parameters }
            && parameters[parameters.Length - 1].IsParams)
        {
            return true;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            var attributeName = attribute.AttributeClass?.Name;
            if (attributeName is "StructuredMessageTemplateAttribute")
            {
                return true;
            }

            if (attributeName is "StringSyntaxAttribute"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is "CompositeFormat")
            {
                return true;
            }
        }

        if (parameter.ContainingSymbol is IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "MessageTemplateFormatMethodAttribute"
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value is string templateName
                    && templateName == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
