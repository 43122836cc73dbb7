using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Secrets;

/// <summary>Where the bytes of a key come from when they are written in the source.</summary>
internal readonly struct HardCodedKeySource
{
    public HardCodedKeySource(IOperation operation, int length, bool isBytes)
    {
        Operation = operation;
        Length = length;
        IsBytes = isBytes;
    }

    /// <summary>The literal, UTF-8 literal or byte array creation that holds the key.</summary>
    public IOperation Operation { get; }

    /// <summary>Length of the key material in characters, or in bytes when <see cref="IsBytes"/>.</summary>
    public int Length { get; }

    public bool IsBytes { get; }
}

/// <summary>
/// Follows a key argument back to a literal: through conversions, <c>Encoding.*.GetBytes</c>,
/// <c>Convert.FromBase64String</c>, <c>Convert.FromHexString</c>, <c>"…"u8.ToArray()</c>, and locals
/// or read-only fields initialised in the same file.
/// </summary>
internal static class HardCodedKeySources
{
    private const int MaximumDepth = 5;

    /// <summary>Byte arrays shorter than this are not keys (salts, tags and test vectors of a few bytes).</summary>
    private const int MinimumKeyBytes = 8;

    public static HardCodedKeySource? Find(IOperation? operation) => Find(operation, 0);

    private static HardCodedKeySource? Find(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaximumDepth)
        {
            return null;
        }

        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            return text.Length > 0 ? new HardCodedKeySource(operation, text.Length, isBytes: false) : null;
        }

        switch (operation)
        {
            case IUtf8StringOperation utf8:
                return utf8.Value.Length > 0 ? new HardCodedKeySource(operation, utf8.Value.Length, isBytes: false) : null;

            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    if (!element.ConstantValue.HasValue)
                    {
                        return null;
                    }
                }

                return initializer.ElementValues.Length >= MinimumKeyBytes
                    ? new HardCodedKeySource(operation, initializer.ElementValues.Length, isBytes: true)
                    : null;

            case IInvocationOperation invocation:
                return FromInvocation(invocation, depth);

            case ILocalReferenceOperation local:
                return FromDeclaration(local.Local, operation, depth);

            case IFieldReferenceOperation { Field: { IsReadOnly: true } or { IsConst: true } } field:
                return FromDeclaration(field.Field, operation, depth);

            default:
                return null;
        }
    }

    private static HardCodedKeySource? FromInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var typeName = method.ContainingType?.Name;
        switch (method.Name)
        {
            case "GetBytes" when invocation.Arguments.Length == 1 && IsEncoding(method.ContainingType):
            case "FromBase64String" when typeName == "Convert":
            case "FromHexString" when typeName == "Convert":
                return invocation.Arguments.Length > 0 ? Find(invocation.Arguments[0].Value, depth + 1) : null;
            case "ToArray" when invocation.Instance is not null:
                return Find(invocation.Instance, depth + 1);
            default:
                return null;
        }
    }

    private static bool IsEncoding(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && current.ContainingNamespace?.Name == "Text")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Follows a local or field to its initialiser when the declaration is in the same file.</summary>
    private static HardCodedKeySource? FromDeclaration(ISymbol symbol, IOperation reference, int depth)
    {
        var model = reference.SemanticModel;
        if (model is null || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree
            || declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        // NOTE: a later assignment to the local is not followed; the initial value decides.
        return model.GetOperation(initializer) switch
        {
            IVariableInitializerOperation variableInitializer => Find(variableInitializer.Value, depth + 1),
            IFieldInitializerOperation fieldInitializer => Find(fieldInitializer.Value, depth + 1),
            _ => Find(model.GetOperation(initializer.Value), depth + 1),
        };
    }
}
