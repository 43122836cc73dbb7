using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core.Logging;
using VioTech.Analyzers.Logging;

namespace VioTech.Analyzers.CodeFixes.Logging;

/// <summary>A message template rewritten from formatted text, with the values its holes consume.</summary>
internal sealed class ConvertedTemplate
{
    public ConvertedTemplate(string text, ImmutableArray<ExpressionSyntax> arguments, LiteralStyle style)
    {
        Text = text;
        Arguments = arguments;
        Style = style;
    }

    /// <summary>The template text passed to the logger, with literal braces already doubled.</summary>
    public string Text { get; }

    /// <summary>The values, one per hole, in hole order.</summary>
    public ImmutableArray<ExpressionSyntax> Arguments { get; }

    public LiteralStyle Style { get; }
}

/// <summary>
/// Converts an interpolated string, a concatenation, a <c>string.Format</c> call or a
/// <c>ToString()</c> call into a message template plus arguments. Constants and <c>nameof</c> stay
/// in the text, format specifiers and alignment move into the hole, and literal braces are escaped.
/// Returns null for shapes it cannot convert without changing what is logged.
/// </summary>
internal sealed class TemplateBuilder
{
    private readonly StringBuilder text = new();
    private readonly ImmutableArray<ExpressionSyntax>.Builder arguments = ImmutableArray.CreateBuilder<ExpressionSyntax>();
    private readonly HoleNamer namer;

    private TemplateBuilder(HoleNamer namer)
    {
        this.namer = namer;
    }

    public static ConvertedTemplate? TryConvert(IOperation formatted, HoleNamer namer)
    {
        var builder = new TemplateBuilder(namer);
        var operation = LoggingOperations.SkipConversions(formatted);
        LiteralStyle style;
        bool converted;
        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                style = TemplateLiteral.StyleOf(interpolated.Syntax);
                converted = builder.AddInterpolation(interpolated);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                style = ConcatenationStyle(concatenation);
                converted = builder.AddConcatenation(concatenation);
                break;
            case IInvocationOperation invocation when LoggingOperations.IsStringFormat(invocation.TargetMethod):
                converted = builder.AddStringFormat(invocation, out style);
                break;
            case IInvocationOperation { TargetMethod.Name: "ToString" } invocation:
                style = LiteralStyle.Regular;
                converted = builder.AddToString(invocation);
                break;
            default:
                return null;
        }

        return converted && builder.arguments.Count > 0
            ? new ConvertedTemplate(builder.text.ToString(), builder.arguments.ToImmutable(), style)
            : null;
    }

    /// <summary>
    /// Converts a call with a composite format parameter named <c>format</c> and its values, such
    /// as <c>Console.WriteLine("Order {0}", id)</c>; the format must be a constant.
    /// </summary>
    public static ConvertedTemplate? TryConvertCompositeFormat(IInvocationOperation invocation, HoleNamer namer)
    {
        var builder = new TemplateBuilder(namer);
        return builder.AddStringFormat(invocation, out var style)
            ? new ConvertedTemplate(builder.text.ToString(), builder.arguments.ToImmutable(), style)
            : null;
    }

    private bool AddInterpolation(IInterpolatedStringOperation interpolated)
    {
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation textPart:
                    AppendText(textPart.Text.ConstantValue.Value as string ?? string.Empty);
                    break;
                case IInterpolationOperation interpolation:
                    if (!TryConstant(interpolation.Alignment, out var alignmentValue) || !TryConstant(interpolation.FormatString, out var formatValue))
                    {
                        return false;
                    }

                    var alignment = alignmentValue is int number ? number : (int?)null;
                    var format = formatValue as string;
                    var expression = ((InterpolationSyntax)interpolation.Syntax).Expression;
                    AddValue(interpolation.Expression, expression, alignment, format);
                    break;
                default:
                    // Interpolated string handlers lower the parts differently; leave those calls alone.
                    return false;
            }
        }

        return true;
    }

    private bool AddConcatenation(IOperation operation)
    {
        operation = LoggingOperations.SkipConversions(operation);
        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary
            && !binary.ConstantValue.HasValue)
        {
            return AddConcatenation(binary.LeftOperand) && AddConcatenation(binary.RightOperand);
        }

        if (operation is IInterpolatedStringOperation interpolated)
        {
            return AddInterpolation(interpolated);
        }

        AddValue(operation, (ExpressionSyntax)operation.Syntax, null, null);
        return true;
    }

    private bool AddStringFormat(IInvocationOperation invocation, out LiteralStyle style)
    {
        style = LiteralStyle.Regular;
        string? format = null;
        var values = new List<IOperation>();
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return false;
            }

            if (parameter.Name == "format")
            {
                if (parameter.Type.SpecialType != SpecialType.System_String
                    || LoggingOperations.SkipConversions(argument.Value).ConstantValue is not { HasValue: true, Value: string constant })
                {
                    return false;
                }

                format = constant;
                style = TemplateLiteral.StyleOf(LoggingOperations.SkipConversions(argument.Value).Syntax);
            }
            else if (parameter.IsParams)
            {
                if (!LogCall.TryGetArrayElements(argument.Value, out var elements))
                {
                    return false;
                }

                values.AddRange(elements);
            }
            else if (parameter.Name.StartsWith("arg", StringComparison.Ordinal))
            {
                values.Add(argument.Value);
            }
        }

        if (format is null)
        {
            return false;
        }

        var template = MessageTemplate.Parse(format);
        if (template.Errors.Count > 0 || (template.Holes.Count > 0 && !template.IsPositional) || template.ExpectedArgumentCount > values.Count)
        {
            return false;
        }

        foreach (var token in template.Tokens)
        {
            if (token.Hole is not { Position: { } position } hole)
            {
                AppendText(token.Value);
                continue;
            }

            var value = values[position];
            AddValue(value, (ExpressionSyntax)LoggingOperations.SkipConversions(value).Syntax, hole.Alignment, hole.Format);
        }

        return true;
    }

    private bool AddToString(IInvocationOperation invocation)
    {
        if (invocation.Instance is not { IsImplicit: false } instance
            || invocation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess }
            || instance.Type?.Name == "StringBuilder")
        {
            return false;
        }

        string? format = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.Type?.SpecialType != SpecialType.System_String)
            {
                // A format provider: the logger applies its own culture.
                continue;
            }

            if (LoggingOperations.SkipConversions(argument.Value).ConstantValue is not { HasValue: true } constant)
            {
                return false;
            }

            format = constant.Value as string;
        }

        AddHole(memberAccess.Expression, null, format);
        return true;
    }

    /// <summary>Adds a value: inline text when it is a constant (including <c>nameof</c>), a hole otherwise.</summary>
    private void AddValue(IOperation value, ExpressionSyntax syntax, int? alignment, string? format)
    {
        var constant = LoggingOperations.SkipConversions(value).ConstantValue;
        if (constant.HasValue)
        {
            var composite = "{0" + (alignment is { } width ? "," + width.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + (format is null ? string.Empty : ":" + format) + "}";
            AppendText(string.Format(CultureInfo.InvariantCulture, composite, constant.Value));
            return;
        }

        AddHole(syntax, alignment, format);
    }

    private void AddHole(ExpressionSyntax syntax, int? alignment, string? format)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        text.Append('{').Append(namer.NameFor(syntax));
        if (alignment is { } width)
        {
            text.Append(',').Append(width.ToString(CultureInfo.InvariantCulture));
        }

        if (format is not null)
        {
            text.Append(':').Append(format);
        }

        text.Append('}');
        arguments.Add(syntax.WithoutTrivia());
    }

    private void AppendText(string literal) => text.Append(MessageTemplate.EscapeText(literal));

    private static bool TryConstant(IOperation? operation, out object? value)
    {
        value = null;
        if (operation is null)
        {
            return true;
        }

        var constant = LoggingOperations.SkipConversions(operation).ConstantValue;
        value = constant.HasValue ? constant.Value : null;
        return constant.HasValue;
    }

    /// <summary>
    /// Picks the style for a concatenation: verbatim when any string literal in it is verbatim or
    /// raw, so that its line breaks and backslashes are kept as written; regular otherwise.
    /// </summary>
    private static LiteralStyle ConcatenationStyle(IOperation concatenation)
    {
        foreach (var node in concatenation.Syntax.DescendantNodesAndSelf())
        {
            if (node is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax
                && TemplateLiteral.StyleOf(node) != LiteralStyle.Regular)
            {
                return LiteralStyle.Verbatim;
            }
        }

        return LiteralStyle.Regular;
    }
}
