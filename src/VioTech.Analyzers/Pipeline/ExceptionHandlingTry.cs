using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// Recognises hand-written exception handling in a middleware: a <c>try</c> whose body calls the
/// next middleware (<c>await next(context)</c>) and one of whose <c>catch</c> clauses writes the
/// response (sets <c>Response.StatusCode</c>, calls a <c>Response.Write…</c> method, writes a
/// problem-details body or executes an <c>IResult</c>) instead of rethrowing.
/// </summary>
internal static class ExceptionHandlingTry
{
    /// <summary>How many calls deep a catch clause is followed into helper methods of its own type.</summary>
    private const int MaxHelperDepth = 2;

    public static bool Handles(ITryOperation tryOperation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (tryOperation.Catches.IsEmpty || !tryOperation.Body.Descendants().Any(CallsNextMiddleware))
        {
            return false;
        }

        var containingType = model.GetEnclosingSymbol(tryOperation.Syntax.SpanStart, cancellationToken)?.ContainingType;
        return tryOperation.Catches.Any(clause =>
            !EndsWithThrow(clause.Handler) && WritesResponse(clause.Handler, containingType, model, 0, cancellationToken));
    }

    /// <summary>
    /// True for <c>next(context)</c> or <c>next.Invoke(context)</c> on a <c>RequestDelegate</c>, and
    /// for <c>next()</c> on the <c>Func&lt;Task&gt;</c> parameter of an inline <c>app.Use</c> lambda.
    /// </summary>
    private static bool CallsNextMiddleware(IOperation operation)
    {
        if (operation is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } invocation)
        {
            return false;
        }

        var delegateType = invocation.TargetMethod.ContainingType;
        if (delegateType.Name == "RequestDelegate" && delegateType.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Http")
        {
            return true;
        }

        return delegateType.Name == "Func"
            && delegateType.TypeArguments.Length > 0
            && delegateType.TypeArguments[delegateType.TypeArguments.Length - 1].Name == "Task"
            && invocation.Instance is { } instance
            && PipelineFactsCollector.Unwrap(instance) is IParameterReferenceOperation;
    }

    private static bool EndsWithThrow(IBlockOperation handler) =>
        handler.Operations.Length > 0
        && handler.Operations[handler.Operations.Length - 1] is IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation };

    private static bool WritesResponse(IOperation body, INamedTypeSymbol? containingType, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "StatusCode" } target }
                    when target.Property.ContainingType?.Name == "HttpResponse":
                    return true;
                case IInvocationOperation invocation when WritesResponse(invocation):
                    return true;
                case IInvocationOperation invocation when depth < MaxHelperDepth && HelperBody(invocation, containingType, model, cancellationToken) is { } helper
                    && WritesResponse(helper, containingType, model, depth + 1, cancellationToken):
                    return true;
            }
        }

        return false;
    }

    /// <summary>True for <c>Response.WriteAsync</c>, <c>WriteAsJsonAsync</c>, <c>Redirect</c>, <c>IProblemDetailsService.WriteAsync</c> and <c>IResult.ExecuteAsync</c>.</summary>
    private static bool WritesResponse(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiverType = method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value.Type : invocation.Instance?.Type;
        var receiverName = receiverType?.Name;
        if (receiverName == "HttpResponse")
        {
            return method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name.StartsWith("Redirect", StringComparison.Ordinal);
        }

        return (receiverName == "IProblemDetailsService" && method.Name is "WriteAsync" or "TryWriteAsync")
            || (method.Name == "ExecuteAsync" && receiverType is not null && (receiverName == "IResult" || receiverType.AllInterfaces.Any(type => type.Name == "IResult")));
    }

    /// <summary>Returns the body of a method of the same type declared in this document, such as a <c>HandleExceptionAsync</c> helper, or null.</summary>
    private static IOperation? HelperBody(IInvocationOperation invocation, INamedTypeSymbol? containingType, SemanticModel model, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (containingType is null || !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, containingType.OriginalDefinition))
        {
            return null;
        }

        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == model.SyntaxTree
                && model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is IMethodBodyOperation body)
            {
                return (IOperation?)body.BlockBody ?? body.ExpressionBody;
            }
        }

        return null;
    }
}
