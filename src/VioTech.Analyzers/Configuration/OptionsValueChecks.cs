using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Configuration;

/// <summary>A broken expectation: the attribute (or type) as written and why the value breaks it.</summary>
internal readonly struct BrokenExpectation
{
    public BrokenExpectation(object expectation, LocalizableString reason, AttributeData? attribute)
    {
        Expectation = expectation;
        Reason = reason;
        Attribute = attribute;
    }

    /// <summary><c>[Range(1, 60)]</c>, or "the type TimeSpan" (localized) for a value that cannot be converted.</summary>
    public object Expectation { get; }

    public LocalizableString Reason { get; }

    public AttributeData? Attribute { get; }
}

/// <summary>
/// Checks a settings value against the data annotations of the options property it binds to, with the
/// semantics of <c>System.ComponentModel.DataAnnotations</c> (<c>[Required]</c>, <c>[Range]</c>,
/// <c>[MinLength]</c>, <c>[MaxLength]</c>, <c>[StringLength]</c>, <c>[Length]</c>, <c>[Url]</c>,
/// <c>[EmailAddress]</c>, <c>[RegularExpression]</c>, <c>[AllowedValues]</c>, <c>[DeniedValues]</c>,
/// <c>[Base64String]</c>), and against the property's type as the configuration binder converts it.
/// A secret value is known by its length only, so only the length checks apply to it. Reasons quote
/// non-secret values, cut to 40 characters.
/// </summary>
internal static class OptionsValueChecks
{
    private const string DataAnnotationsNamespace = "System.ComponentModel.DataAnnotations";
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Returns the data annotation attributes of a property.</summary>
    public static IEnumerable<AttributeData> Annotations(IPropertySymbol property) =>
        property.GetAttributes().Where(attribute =>
            attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() == DataAnnotationsNamespace);

    public static bool IsRequired(AttributeData attribute) => attribute.AttributeClass?.Name == "RequiredAttribute";

    /// <summary>Whether <c>[Required]</c> accepts an empty string (<c>AllowEmptyStrings = true</c>).</summary>
    public static bool AllowsEmptyStrings(AttributeData attribute) =>
        attribute.NamedArguments.Any(argument => argument.Key == "AllowEmptyStrings" && argument.Value.Value is true);

    /// <summary>Returns every expectation that the setting breaks.</summary>
    public static IEnumerable<BrokenExpectation> Check(IPropertySymbol property, ITypeSymbol valueType, IndexedSetting setting)
    {
        if (setting.Kind is SettingKind.Object or SettingKind.Array)
        {
            yield break;
        }

        if (ConversionFailure(valueType, setting) is { } conversion)
        {
            yield return conversion;
            yield break;
        }

        foreach (var attribute in Annotations(property))
        {
            if (Violation(attribute, setting) is { } reason)
            {
                yield return new BrokenExpectation(Describe(attribute), reason, attribute);
            }
        }
    }

    private static LocalizableString? Violation(AttributeData attribute, IndexedSetting setting)
    {
        var secret = setting.Kind == SettingKind.Secret;
        var text = ValueText(setting);
        var length = secret ? setting.Count : text?.Length ?? 0;
        var arguments = attribute.ConstructorArguments;
        switch (attribute.AttributeClass?.Name)
        {
            case "RequiredAttribute":
                if (setting.Kind == SettingKind.Null)
                {
                    return Reason("VIO4203_Null");
                }

                return !secret && text is not null && !AllowsEmptyStrings(attribute) && text.Trim().Length == 0 ? Reason("VIO4203_Empty") : null;

            case "MinLengthAttribute" when text is not null && Int(arguments, 0) is { } minimum && length < minimum:
                return Reason("VIO4203_TooShort", Number(length), Number(minimum));

            case "MaxLengthAttribute" when text is not null && Int(arguments, 0) is { } maximum && maximum >= 0 && length > maximum:
                return Reason("VIO4203_TooLong", Number(length), Number(maximum));

            case "StringLengthAttribute" when text is not null && Int(arguments, 0) is { } stringMaximum:
                var stringMinimum = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "MinimumLength").Value.Value as int? ?? 0;
                return length > stringMaximum ? Reason("VIO4203_TooLong", Number(length), Number(stringMaximum))
                    : length < stringMinimum ? Reason("VIO4203_TooShort", Number(length), Number(stringMinimum))
                    : null;

            case "LengthAttribute" when text is not null && Int(arguments, 0) is { } lengthMinimum && Int(arguments, 1) is { } lengthMaximum:
                return length < lengthMinimum ? Reason("VIO4203_TooShort", Number(length), Number(lengthMinimum))
                    : length > lengthMaximum ? Reason("VIO4203_TooLong", Number(length), Number(lengthMaximum))
                    : null;
        }

        // The remaining checks need the value itself, which the index never holds for a secret.
        if (secret || text is null || text.Length == 0)
        {
            return null;
        }

        switch (attribute.AttributeClass?.Name)
        {
            case "RangeAttribute":
                return RangeViolation(attribute, text);

            case "UrlAttribute":
                return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : Reason("VIO4203_NotUrl", Quote(text));

            case "EmailAddressAttribute":
                var at = text.IndexOf('@');
                return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && text.IndexOfAny(new[] { '\r', '\n' }) < 0
                    ? null
                    : Reason("VIO4203_NotEmail", Quote(text));

            case "RegularExpressionAttribute" when arguments.Length == 1 && arguments[0].Value is string pattern:
                return MatchesWhole(pattern, text) == false ? Reason("VIO4203_NoMatch", Quote(text), pattern) : null;

            case "AllowedValuesAttribute":
                return ListedValues(arguments) is { } allowed && !allowed.Contains(text, StringComparer.Ordinal)
                    ? Reason("VIO4203_NotAllowed", Quote(text), string.Join(", ", allowed))
                    : null;

            case "DeniedValuesAttribute":
                return ListedValues(arguments) is { } denied && denied.Contains(text, StringComparer.Ordinal)
                    ? Reason("VIO4203_Denied", Quote(text))
                    : null;

            case "Base64StringAttribute":
                return IsBase64(text) ? null : Reason("VIO4203_NotBase64", Quote(text));
        }

        return null;
    }

    private static LocalizableString? RangeViolation(AttributeData attribute, string text)
    {
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length < 2)
        {
            return null;
        }

        string minimumText, maximumText;
        double value, minimum, maximum;
        if (arguments.Length == 3 && arguments[0].Value is ITypeSymbol limitType)
        {
            minimumText = arguments[1].Value as string ?? string.Empty;
            maximumText = arguments[2].Value as string ?? string.Empty;
            if (limitType.ToDisplayString() == "System.TimeSpan")
            {
                if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)
                    || !TimeSpan.TryParse(minimumText, CultureInfo.InvariantCulture, out var spanMinimum)
                    || !TimeSpan.TryParse(maximumText, CultureInfo.InvariantCulture, out var spanMaximum))
                {
                    return null;
                }

                (value, minimum, maximum) = (span.Ticks, spanMinimum.Ticks, spanMaximum.Ticks);
            }
            else if (!TryDouble(text, out value) || !TryDouble(minimumText, out minimum) || !TryDouble(maximumText, out maximum))
            {
                return null;
            }
        }
        else
        {
            if (!TryDouble(text, out value) || ToDouble(arguments[0].Value) is not { } low || ToDouble(arguments[1].Value) is not { } high)
            {
                return null;
            }

            (minimum, maximum) = (low, high);
            minimumText = Convert.ToString(arguments[0].Value, CultureInfo.InvariantCulture) ?? string.Empty;
            maximumText = Convert.ToString(arguments[1].Value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var minimumExclusive = attribute.NamedArguments.Any(argument => argument.Key == "MinimumIsExclusive" && argument.Value.Value is true);
        var maximumExclusive = attribute.NamedArguments.Any(argument => argument.Key == "MaximumIsExclusive" && argument.Value.Value is true);
        var below = minimumExclusive ? value <= minimum : value < minimum;
        var above = maximumExclusive ? value >= maximum : value > maximum;
        return below || above ? Reason("VIO4203_OutOfRange", Quote(text), minimumText, maximumText) : null;
    }

    /// <summary>Returns a broken expectation when the configuration binder cannot convert the value to the property's type.</summary>
    private static BrokenExpectation? ConversionFailure(ITypeSymbol valueType, IndexedSetting setting)
    {
        if (setting.Kind is SettingKind.Secret or SettingKind.Null || ValueText(setting) is not { } text)
        {
            return null;
        }

        if (valueType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            if (text.Length == 0)
            {
                return null;
            }

            valueType = nullable.TypeArguments[0];
        }

        var converts = valueType.SpecialType switch
        {
            SpecialType.System_Boolean => bool.TryParse(text.Trim(), out _),
            SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                => IsInteger(text, valueType.SpecialType),
            SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal => TryDouble(text, out _),
            SpecialType.System_DateTime => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            SpecialType.None when valueType.TypeKind == TypeKind.Enum => IsEnumValue((INamedTypeSymbol)valueType, text),
            SpecialType.None => valueType.ToDisplayString() switch
            {
                "System.TimeSpan" => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out _),
                "System.Guid" => Guid.TryParse(text, out _),
                "System.DateTimeOffset" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            },
            _ => true,
        };
        if (converts)
        {
            return null;
        }

        var typeName = valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return new BrokenExpectation(Reason("VIO4203_TypeExpectation", typeName), Reason("VIO4203_NotConvertible", Quote(text), typeName), null);
    }

    private static bool IsInteger(string text, SpecialType type)
    {
        text = text.Trim();
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("#", StringComparison.Ordinal))
        {
            var digits = text.StartsWith("#", StringComparison.Ordinal) ? text.Substring(1) : text.Substring(2);
            return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);
        }

        if (!decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return type switch
        {
            SpecialType.System_Byte => value is >= byte.MinValue and <= byte.MaxValue,
            SpecialType.System_SByte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
            SpecialType.System_Int16 => value is >= short.MinValue and <= short.MaxValue,
            SpecialType.System_UInt16 => value is >= ushort.MinValue and <= ushort.MaxValue,
            SpecialType.System_Int32 => value is >= int.MinValue and <= int.MaxValue,
            SpecialType.System_UInt32 => value is >= uint.MinValue and <= uint.MaxValue,
            SpecialType.System_Int64 => value is >= long.MinValue and <= long.MaxValue,
            _ => value is >= ulong.MinValue and <= ulong.MaxValue,
        };
    }

    private static bool IsEnumValue(INamedTypeSymbol enumType, string text)
    {
        var names = new HashSet<string>(enumType.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue).Select(field => field.Name), StringComparer.OrdinalIgnoreCase);
        return text.Split(',').All(part => names.Contains(part.Trim()) || long.TryParse(part.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
    }

    private static bool? MatchesWhole(string pattern, string text)
    {
        try
        {
            var match = new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout).Match(text);
            return match.Success && match.Index == 0 && match.Length == text.Length;
        }
        catch (ArgumentException)
        {
            // An invalid pattern fails at run time on its own; this rule judges values only.
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static IReadOnlyList<string>? ListedValues(System.Collections.Immutable.ImmutableArray<TypedConstant> arguments)
    {
        if (arguments.Length != 1 || arguments[0].Kind != TypedConstantKind.Array)
        {
            return null;
        }

        return arguments[0].Values.Select(value => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty).ToList();
    }

    private static bool IsBase64(string text)
    {
        try
        {
            Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? ValueText(IndexedSetting setting) => setting.Kind switch
    {
        SettingKind.String or SettingKind.Number => setting.Value,
        SettingKind.True => "true",
        SettingKind.False => "false",
        SettingKind.Secret => string.Empty,
        _ => null,
    };

    private static int? Int(System.Collections.Immutable.ImmutableArray<TypedConstant> arguments, int position) =>
        arguments.Length > position && arguments[position].Value is int value ? value : null;

    private static double? ToDouble(object? value) => value switch
    {
        int number => number,
        double number => number,
        long number => number,
        _ => null,
    };

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    /// <summary>The attribute as written in source (<c>[Range(1, 60)]</c>), or its name when it comes from metadata.</summary>
    private static string Describe(AttributeData attribute)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is { } syntax)
        {
            return "[" + syntax.ToString() + "]";
        }

        var name = attribute.AttributeClass?.Name ?? "ValidationAttribute";
        return "[" + (name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name) + "]";
    }

    private static LocalizableString Reason(string resourceName, params string[] arguments) =>
        AnalyzerResources.Localizable(resourceName, arguments);
}
