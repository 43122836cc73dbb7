using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// Recognises response headers written by hand on an <c>IHeaderDictionary</c>: the indexer,
/// <c>Append</c>, <c>Add</c>, <c>TryAdd</c> and the typed properties such as
/// <c>ContentSecurityPolicy</c>. Values are read when they are constants, including constant
/// concatenations and interpolations of constants.
/// </summary>
internal static class HeaderWrites
{
    public static bool TryGetFromInvocation(IInvocationOperation invocation, PipelineTypes types, out string name, out string? value)
    {
        name = string.Empty;
        value = null;
        var method = invocation.TargetMethod;
        if (method.Name is not ("Append" or "Add" or "TryAdd") || invocation.Arguments.Length < 2)
        {
            return false;
        }

        var receiver = method.IsExtensionMethod ? invocation.Arguments[0].Value.Type : invocation.Instance?.Type;
        if (receiver is null || !PipelineTypes.Is(receiver, types.HeaderDictionary))
        {
            return false;
        }

        var first = method.IsExtensionMethod ? 1 : 0;
        if (invocation.Arguments.Length < first + 2)
        {
            return false;
        }

        // Arguments are in parameter order: (key, value) for every overload.
        if (ConstantText(invocation.Arguments[first].Value) is not { } key)
        {
            return false;
        }

        name = key;
        value = ConstantText(invocation.Arguments[first + 1].Value);
        return true;
    }

    public static bool TryGetFromAssignment(ISimpleAssignmentOperation assignment, PipelineTypes types, out string name, out string? value)
    {
        name = string.Empty;
        value = null;
        if (assignment.Target is not IPropertyReferenceOperation property
            || property.Instance?.Type is not { } receiver
            || !PipelineTypes.Is(receiver, types.HeaderDictionary))
        {
            return false;
        }

        if (property.Property.IsIndexer)
        {
            if (property.Arguments.Length != 1 || ConstantText(property.Arguments[0].Value) is not { } key)
            {
                return false;
            }

            name = key;
        }
        else
        {
            name = HeaderNameOfProperty(property.Property.Name);
        }

        value = ConstantText(assignment.Value);
        return true;
    }

    /// <summary>Returns the header name of a typed <c>IHeaderDictionary</c> property: <c>ContentSecurityPolicy</c> is <c>Content-Security-Policy</c>.</summary>
    public static string HeaderNameOfProperty(string propertyName)
    {
        var text = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var character = propertyName[i];
            if (i > 0 && char.IsUpper(character) && !char.IsUpper(propertyName[i - 1]))
            {
                text.Append('-');
            }

            text.Append(character);
        }

        // XContentTypeOptions and XFrameOptions start with a lone capital X.
        var result = text.ToString();
        return result.StartsWith("XContent", StringComparison.Ordinal) || result.StartsWith("XFrame", StringComparison.Ordinal) || result.StartsWith("XXSS", StringComparison.Ordinal)
            ? "X-" + result.Substring(1)
            : result;
    }

    /// <summary>Returns the constant text of a value: literals, constants, constant concatenations, interpolations of constants and <c>StringValues</c> built from them.</summary>
    public static string? ConstantText(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        switch (operation)
        {
            case null:
                return null;
            case { ConstantValue: { HasValue: true, Value: string text } }:
                return text;
            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    var partText = part switch
                    {
                        IInterpolatedStringTextOperation literal => ConstantText(literal.Text),
                        IInterpolationOperation { Alignment: null, FormatString: null } hole => ConstantText(hole.Expression),
                        _ => null,
                    };
                    if (partText is null)
                    {
                        return null;
                    }

                    builder.Append(partText);
                }

                return builder.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return ConstantText(concatenation.LeftOperand) is { } left && ConstantText(concatenation.RightOperand) is { } right
                    ? left + right
                    : null;
            case IObjectCreationOperation { Arguments.Length: 1 } creation when creation.Type?.Name == "StringValues":
                return ConstantText(creation.Arguments[0].Value);
            default:
                return null;
        }
    }
}
