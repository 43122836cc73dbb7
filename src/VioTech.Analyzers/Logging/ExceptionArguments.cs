using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Logging;

/// <summary>How a logging call mishandles an exception.</summary>
internal enum ExceptionProblem
{
    /// <summary>The exception is one of the template's values.</summary>
    AsValue,

    /// <summary><c>ex.Message</c> or <c>ex.ToString()</c> is logged in place of the exception.</summary>
    MessageOnly,

    /// <summary>An error-level call in a <c>catch</c> block does not log the caught exception.</summary>
    Dropped,
}

/// <summary>One exception problem of a logging call.</summary>
internal sealed class ExceptionFinding
{
    public ExceptionFinding(ExceptionProblem problem, IOperation node, int valueIndex, IOperation? exception, string display)
    {
        Problem = problem;
        Node = node;
        ValueIndex = valueIndex;
        Exception = exception;
        Display = display;
    }

    public ExceptionProblem Problem { get; }

    /// <summary>Where the problem is reported: the value, the template or the call.</summary>
    public IOperation Node { get; }

    /// <summary>Index of the offending value in <see cref="LogCall.Values"/>, or -1 when it is not a value.</summary>
    public int ValueIndex { get; }

    /// <summary>The exception expression that belongs in the exception argument, when there is one.</summary>
    public IOperation? Exception { get; }

    /// <summary>The code shown in the message, such as <c>ex.Message</c>.</summary>
    public string Display { get; }
}

/// <summary>Finds exceptions that a logging call passes as values, as text, or not at all.</summary>
internal static class ExceptionArguments
{
    /// <summary>Returns the problem of <paramref name="call"/>, or null when it handles exceptions correctly.</summary>
    public static ExceptionFinding? Analyze(LogCall call, INamedTypeSymbol exceptionType)
    {
        if (call.Kind != LogCallKind.Template || HasExceptionArgument(call))
        {
            return null;
        }

        for (var index = 0; index < call.Values.Length; index++)
        {
            var value = LoggingOperations.SkipConversions(call.Values[index]);
            if (IsException(value.Type, exceptionType))
            {
                return new ExceptionFinding(ExceptionProblem.AsValue, call.Values[index], index, value, value.Syntax.ToString());
            }

            if (ExceptionTextOf(value, exceptionType) is { } owner)
            {
                return new ExceptionFinding(ExceptionProblem.MessageOnly, call.Values[index], index, owner, value.Syntax.ToString());
            }
        }

        var template = LoggingOperations.SkipConversions(call.Template.Value);
        if (ExceptionTextOf(template, exceptionType) is { } templateOwner)
        {
            return new ExceptionFinding(ExceptionProblem.MessageOnly, call.Template.Value, -1, templateOwner, template.Syntax.ToString());
        }

        if (IsErrorLevel(call) && EnclosingCatch(call.Invocation.Syntax) is { } catchClause
            && !ReferencesCaught(call.Invocation, catchClause, call.Invocation.SemanticModel)
            && !IsGuardedByCaught(call.Invocation.Syntax, catchClause, call.Invocation.SemanticModel))
        {
            var name = catchClause.Declaration?.Identifier.ValueText;
            var display = string.IsNullOrEmpty(name) ? catchClause.Declaration?.Type.ToString() ?? "Exception" : name!;
            return new ExceptionFinding(ExceptionProblem.Dropped, call.Invocation, -1, null, display);
        }

        return null;
    }

    /// <summary>True when the call has an exception argument that is not <c>null</c>.</summary>
    public static bool HasExceptionArgument(LogCall call) =>
        call.Exception is { } argument
        && LoggingOperations.SkipConversions(argument.Value).ConstantValue is not { HasValue: true, Value: null };

    /// <summary>Returns the nearest <c>catch</c> clause around a node, without crossing a lambda or local function.</summary>
    public static CatchClauseSyntax? EnclosingCatch(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case CatchClauseSyntax catchClause:
                    return catchClause;
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the call runs only after a test of the caught exception: an <c>if</c> between the
    /// call and the <c>catch</c>, or the catch's <c>when</c> filter. The code then recognised a known
    /// failure from the exception and logs what it means, so the exception itself adds nothing.
    /// </summary>
    private static bool IsGuardedByCaught(SyntaxNode call, CatchClauseSyntax catchClause, SemanticModel? semanticModel)
    {
        if (catchClause.Declaration is not { } declaration || declaration.Identifier.ValueText.Length == 0 || semanticModel is null)
        {
            return false;
        }

        var caught = semanticModel.GetDeclaredSymbol(declaration);
        if (catchClause.Filter is { } filter && Mentions(filter.FilterExpression, caught, semanticModel))
        {
            return true;
        }

        for (var current = call.Parent; current is not null && current != catchClause; current = current.Parent)
        {
            if (current is IfStatementSyntax ifStatement && !ifStatement.Condition.Span.Contains(call.Span)
                && Mentions(ifStatement.Condition, caught, semanticModel))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(SyntaxNode node, ISymbol? symbol, SemanticModel semanticModel)
    {
        foreach (var identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == symbol?.Name
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol, symbol))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReferencesCaught(IInvocationOperation invocation, CatchClauseSyntax catchClause, SemanticModel? semanticModel)
    {
        if (catchClause.Declaration is not { } declaration || declaration.Identifier.ValueText.Length == 0 || semanticModel is null)
        {
            return false;
        }

        var caught = semanticModel.GetDeclaredSymbol(declaration);
        foreach (var operation in invocation.Descendants())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, caught))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the exception whose text <paramref name="operation"/> reads (<c>ex.Message</c>, <c>ex.ToString()</c>), or null.</summary>
    private static IOperation? ExceptionTextOf(IOperation operation, INamedTypeSymbol exceptionType) => operation switch
    {
        IPropertyReferenceOperation { Property.Name: "Message", Instance: { } instance } when IsException(instance.Type, exceptionType) => instance,
        IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance } when IsException(instance.Type, exceptionType) => instance,
        _ => null,
    };

    private static bool IsException(ITypeSymbol? type, INamedTypeSymbol exceptionType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, exceptionType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for error and critical (fatal) calls, by method name or by a constant level argument.</summary>
    private static bool IsErrorLevel(LogCall call)
    {
        var name = call.Invocation.TargetMethod.Name;
        if (name is "LogError" or "LogCritical" or "Error" or "Fatal")
        {
            return true;
        }

        if (name is not ("Log" or "Write"))
        {
            return false;
        }

        foreach (var argument in call.Invocation.Arguments)
        {
            var type = argument.Parameter?.Type;
            if (type?.Name is not ("LogLevel" or "LogEventLevel"))
            {
                continue;
            }

            var level = LoggingOperations.SkipConversions(argument.Value);
            if (level is IFieldReferenceOperation field)
            {
                return field.Field.Name is "Error" or "Critical" or "Fatal";
            }

            // Microsoft.Extensions.Logging.LogLevel and Serilog's LogEventLevel: Error = 4, Critical or Fatal = 5.
            return level.ConstantValue is { HasValue: true, Value: int value } && value is 4 or 5;
        }

        return false;
    }
}
