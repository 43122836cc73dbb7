using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core.Configuration;

namespace VioTech.Analyzers.Configuration;

/// <summary>Whether code reads one value or a whole section (to bind it or require it).</summary>
internal enum ReadKind
{
    Value,
    Section,
}

/// <summary>
/// A configuration read that code makes with a key known at compile time. <see cref="KeySyntax"/> is
/// the expression that supplies the last part of the key; when it is a string literal,
/// <see cref="LiteralPrefix"/> is what the receiver's sections put before it, so a code fix can rewrite
/// the literal alone.
/// </summary>
internal sealed class ConfigurationRead
{
    public ConfigurationRead(string key, ReadKind kind, SyntaxNode keySyntax, string literalPrefix, bool hasDefault, ITypeSymbol? boundType)
    {
        Key = key;
        Kind = kind;
        KeySyntax = keySyntax;
        LiteralPrefix = literalPrefix;
        HasDefault = hasDefault;
        BoundType = boundType;
    }

    /// <summary>The full key, with <c>__</c> already read as <c>:</c>.</summary>
    public string Key { get; }

    public ReadKind Kind { get; }

    public SyntaxNode KeySyntax { get; }

    public string LiteralPrefix { get; }

    /// <summary>Whether the code supplies a value for a missing key (<c>GetValue(key, default)</c>, <c>?? fallback</c>, a null check).</summary>
    public bool HasDefault { get; }

    /// <summary>The type a section is bound to (<c>Configure&lt;T&gt;</c>, <c>Bind</c>, <c>Get&lt;T&gt;</c>), or null.</summary>
    public ITypeSymbol? BoundType { get; }

    /// <summary>Whether <see cref="KeySyntax"/> is a plain string literal that a fix may rewrite.</summary>
    public bool IsLiteral => KeySyntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression);
}

/// <summary>
/// Recognises configuration reads in operations: <c>IConfiguration</c> indexers, <c>GetSection(…).Value</c>,
/// <c>GetValue</c>, <c>GetConnectionString</c>, <c>GetRequiredSection</c>, <c>Bind</c>, <c>Get&lt;T&gt;</c>,
/// <c>services.Configure&lt;T&gt;(section)</c>, <c>AddOptions&lt;T&gt;().Bind(section)</c> and
/// <c>BindConfiguration("…")</c>. Keys come from constants (literals, <c>const</c> fields such as
/// <c>JwtOptions.SectionName</c>, <c>nameof</c>), and a receiver's path is followed through
/// <c>GetSection</c> chains and locals initialised with one. A read whose key is not constant, or whose
/// receiver is a section of unknown path, is not returned.
/// </summary>
internal static class ConfigurationReads
{
    private const int MaxLocalDepth = 4;

    /// <summary>Returns the read that an invocation or property reference makes, or null.</summary>
    public static ConfigurationRead? Recognize(IOperation operation, ConfigurationTypes types) => operation switch
    {
        IPropertyReferenceOperation property => RecognizeProperty(property, types),
        IInvocationOperation invocation => RecognizeInvocation(invocation, types),
        _ => null,
    };

    private static ConfigurationRead? RecognizeProperty(IPropertyReferenceOperation property, ConfigurationTypes types)
    {
        // Only indexers and Value can read configuration; checking the name first keeps the type walk off most property reads.
        if (!property.Property.IsIndexer && property.Property.Name != "Value"
            || IsWriteTarget(property) || !types.IsConfiguration(property.Property.ContainingType))
        {
            return null;
        }

        if (property.Property.IsIndexer && property.Arguments.Length == 1)
        {
            if (ConstantString(property.Arguments[0].Value) is not { } key || !TryGetPath(property.Instance, types, 0, out var path))
            {
                return null;
            }

            return new ConfigurationRead(Join(path, key), ReadKind.Value, property.Arguments[0].Value.Syntax, Prefix(path), HasDefault(property), null);
        }

        // section.Value, where the section is a GetSection chain of known path.
        if (property.Property.Name == "Value" && types.IsSection(property.Property.ContainingType)
            && Unwrap(property.Instance) is IInvocationOperation section && IsSectionCall(section, types)
            && TryGetPath(section, types, 0, out var sectionPath) && sectionPath.Length > 0)
        {
            var keyArgument = KeyArgument(section, "key")!;
            return new ConfigurationRead(sectionPath, ReadKind.Value, keyArgument.Syntax, Prefix(ParentPath(section, types)), HasDefault(property), null);
        }

        return null;
    }

    private static ConfigurationRead? RecognizeInvocation(IInvocationOperation invocation, ConfigurationTypes types)
    {
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;
        if (SymbolEqualityComparer.Default.Equals(containing, types.ConfigurationBinder))
        {
            return RecognizeBinder(invocation, types);
        }

        if (SymbolEqualityComparer.Default.Equals(containing, types.ConfigurationExtensions))
        {
            var receiver = Receiver(invocation);
            switch (method.Name)
            {
                case "GetConnectionString" when KeyArgument(invocation, "name") is { } name && ConstantString(name) is { } connection
                    && TryGetPath(receiver, types, 0, out var root):
                    var prefix = Join(root, "ConnectionStrings");
                    return new ConfigurationRead(Join(prefix, connection), ReadKind.Value, name.Syntax, Prefix(prefix), HasDefault(invocation), null);
                case "GetRequiredSection" when !IsConsumedAsConfiguration(invocation, types)
                    && TryGetPath(invocation, types, 0, out var required) && required.Length > 0:
                    return new ConfigurationRead(required, ReadKind.Section, KeyArgument(invocation, "key")!.Syntax, Prefix(ParentPath(invocation, types)), false, null);
            }

            return null;
        }

        if (method.Name == "Configure" && SymbolEqualityComparer.Default.Equals(containing, types.OptionsServiceCollectionExtensions)
            || method.Name == "Bind" && SymbolEqualityComparer.Default.Equals(containing, types.OptionsBuilderExtensions))
        {
            var boundType = method.TypeArguments.FirstOrDefault();
            var section = KeyArgument(invocation, "config");
            return section is not null && TryGetPath(section, types, 0, out var path) && path.Length > 0
                ? new ConfigurationRead(path, ReadKind.Section, SectionKeySyntax(section, types), SectionPrefix(section, types), false, boundType)
                : null;
        }

        if (method.Name == "BindConfiguration" && SymbolEqualityComparer.Default.Equals(containing, types.OptionsBuilderExtensions)
            && KeyArgument(invocation, "configSectionPath") is { } sectionPath && ConstantString(sectionPath) is { Length: > 0 } bound)
        {
            return new ConfigurationRead(ConfigurationIndex.NormalizeKey(bound), ReadKind.Section, sectionPath.Syntax, string.Empty, false, method.TypeArguments.FirstOrDefault());
        }

        return null;
    }

    private static ConfigurationRead? RecognizeBinder(IInvocationOperation invocation, ConfigurationTypes types)
    {
        var method = invocation.TargetMethod;
        var receiver = Receiver(invocation);
        switch (method.Name)
        {
            case "GetValue" when KeyArgument(invocation, "key") is { } keyArgument && ConstantString(keyArgument) is { } key
                && TryGetPath(receiver, types, 0, out var path):
                var explicitDefault = invocation.Arguments.Any(argument => argument.Parameter?.Name == "defaultValue" && argument.ArgumentKind == ArgumentKind.Explicit);
                return new ConfigurationRead(Join(path, key), ReadKind.Value, keyArgument.Syntax, Prefix(path), explicitDefault || HasDefault(invocation), null);

            case "Bind" when KeyArgument(invocation, "key") is { } bindKeyArgument && ConstantString(bindKeyArgument) is { } bindKey
                && TryGetPath(receiver, types, 0, out var bindRoot):
                return new ConfigurationRead(Join(bindRoot, bindKey), ReadKind.Section, bindKeyArgument.Syntax, Prefix(bindRoot), false, KeyArgument(invocation, "instance")?.Type);

            case "Bind" when KeyArgument(invocation, "key") is null && receiver is not null
                && TryGetPath(receiver, types, 0, out var bindPath) && bindPath.Length > 0:
                return new ConfigurationRead(bindPath, ReadKind.Section, SectionKeySyntax(receiver, types), SectionPrefix(receiver, types), false, KeyArgument(invocation, "instance")?.Type);

            case "Get" when receiver is not null && TryGetPath(receiver, types, 0, out var getPath) && getPath.Length > 0:
                var getType = method.TypeArguments.FirstOrDefault()
                    ?? (KeyArgument(invocation, "type") is ITypeOfOperation typeOf ? typeOf.TypeOperand : null);
                return new ConfigurationRead(getPath, ReadKind.Section, SectionKeySyntax(receiver, types), SectionPrefix(receiver, types), HasDefault(invocation), getType);
        }

        return null;
    }

    /// <summary>
    /// Follows a configuration expression to its path: <c>""</c> for the root (any <c>IConfiguration</c>
    /// that is not known to be a section), <c>A:B</c> for <c>GetSection("A").GetSection("B")</c>.
    /// </summary>
    private static bool TryGetPath(IOperation? operation, ConfigurationTypes types, int depth, out string path)
    {
        path = string.Empty;
        operation = Unwrap(operation);
        switch (operation)
        {
            case null:
                return false;
            case IInvocationOperation invocation when IsSectionCall(invocation, types):
                if (ConstantString(KeyArgument(invocation, "key")) is not { } key || !TryGetPath(Receiver(invocation), types, depth, out var parent))
                {
                    return false;
                }

                path = Join(parent, key);
                return true;
            case ILocalReferenceOperation local when depth < MaxLocalDepth:
                return InitializerOf(local) is { } initializer && TryGetPath(initializer, types, depth + 1, out path);
        }

        // A section of unknown origin (a parameter, a field) has an unknown path; anything else is the root.
        return !types.IsSection(operation.Type) && types.IsConfiguration(operation.Type);
    }

    /// <summary>Returns the operation of a local's initializer when the local is declared with one.</summary>
    private static IOperation? InitializerOf(ILocalReferenceOperation local)
    {
        var reference = local.Local.DeclaringSyntaxReferences.FirstOrDefault();
        if (reference?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value } || local.SemanticModel is null
            || value.SyntaxTree != local.Syntax.SyntaxTree)
        {
            return null;
        }

        return local.SemanticModel.GetOperation(value);
    }

    private static bool IsSectionCall(IInvocationOperation invocation, ConfigurationTypes types) =>
        invocation.TargetMethod.Name switch
        {
            "GetSection" => types.IsConfiguration(invocation.TargetMethod.ContainingType),
            "GetRequiredSection" => SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.ConfigurationExtensions),
            _ => false,
        };

    /// <summary>The path of the section that a <c>GetSection</c> call is made on.</summary>
    private static string ParentPath(IInvocationOperation section, ConfigurationTypes types) =>
        TryGetPath(Receiver(section), types, 0, out var parent) ? parent : string.Empty;

    /// <summary>The syntax that names a bound section: the key of its last <c>GetSection</c>, or the expression itself.</summary>
    private static SyntaxNode SectionKeySyntax(IOperation section, ConfigurationTypes types) =>
        Unwrap(section) is IInvocationOperation invocation && IsSectionCall(invocation, types) && KeyArgument(invocation, "key") is { } key
            ? key.Syntax
            : section.Syntax;

    private static string SectionPrefix(IOperation section, ConfigurationTypes types) =>
        Unwrap(section) is IInvocationOperation invocation && IsSectionCall(invocation, types) ? Prefix(ParentPath(invocation, types)) : string.Empty;

    /// <summary>The receiver of an instance call or the <c>this</c> argument of an extension call.</summary>
    private static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    private static IOperation? KeyArgument(IInvocationOperation invocation, string parameterName) =>
        invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    /// <summary>
    /// Returns whether a section is used as the receiver or configuration argument of another call
    /// (<c>GetSection("A").GetValue&lt;int&gt;("B")</c>, <c>Configure&lt;T&gt;(GetRequiredSection("A"))</c>),
    /// so that only the outer read is reported.
    /// </summary>
    private static bool IsConsumedAsConfiguration(IOperation operation, ConfigurationTypes types)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IPropertyReferenceOperation property => property.Instance == operation,
            IInvocationOperation invocation => invocation.Instance == operation,
            IArgumentOperation argument => types.IsConfiguration(argument.Parameter?.Type),
            _ => false,
        };
    }

    /// <summary>Returns whether code handles a missing value: <c>?? fallback</c>, a null comparison, <c>string.IsNullOrEmpty</c>.</summary>
    private static bool HasDefault(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case ICoalesceOperation coalesce:
                return coalesce.Value == operation;
            case IIsPatternOperation:
                return true;
            case IBinaryOperation binary:
                return binary.LeftOperand.ConstantValue is { HasValue: true, Value: null } || binary.RightOperand.ConstantValue is { HasValue: true, Value: null };
            case IArgumentOperation { Parent: IInvocationOperation check }:
                return check.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String
                    && check.TargetMethod.Name is "IsNullOrEmpty" or "IsNullOrWhiteSpace";
            default:
                return false;
        }
    }

    private static bool IsWriteTarget(IOperation operation) =>
        operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    private static string? ConstantString(IOperation? operation) =>
        operation?.ConstantValue is { HasValue: true, Value: string text } && text.Length > 0 ? ConfigurationIndex.NormalizeKey(text) : null;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + ":" + key;

    private static string Prefix(string path) => path.Length == 0 ? string.Empty : path + ":";
}
