using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Secrets;

/// <summary>A literal string held by a name: the name gives the context, the value is a candidate credential.</summary>
internal sealed class NamedValue
{
    public NamedValue(string name, string? qualifier, string value, SyntaxNode syntax, bool fixable)
    {
        Name = name;
        Qualifier = qualifier;
        Value = value;
        Syntax = syntax;
        Fixable = fixable;
    }

    /// <summary>Identifier, parameter name, dictionary key or configuration key that holds the value.</summary>
    public string Name { get; }

    /// <summary>Name of the enclosing type, used to qualify a bare name such as <c>Password</c>.</summary>
    public string? Qualifier { get; }

    public string Value { get; }

    /// <summary>The literal (or constant concatenation) that holds the value; diagnostics go here.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>Whether a code fix may replace <see cref="Syntax"/> by a run-time read.</summary>
    public bool Fixable { get; }
}

/// <summary>
/// Finds the places where a literal string is given to a name: variable, field and property
/// initialisers, assignments (including object and anonymous-object initialisers and indexers with
/// a constant key), arguments by parameter name, key/value pairs (<c>Add("password", "…")</c>),
/// comparisons with a named value, property getters, parameter defaults and attribute arguments.
/// </summary>
internal static class CredentialSites
{
    public static void Register(CompilationStartAnalysisContext start, Action<NamedValue, Action<Diagnostic>> handler)
    {
        start.RegisterOperationAction(
            context => OnOperation(context, handler),
            OperationKind.VariableDeclarator,
            OperationKind.FieldInitializer,
            OperationKind.PropertyInitializer,
            OperationKind.SimpleAssignment,
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.Binary,
            OperationKind.Return);
        start.RegisterSyntaxNodeAction(context => OnParameter(context, handler), SyntaxKind.Parameter);
        start.RegisterSyntaxNodeAction(context => OnAttributeArgument(context, handler), SyntaxKind.AttributeArgument);
    }

    private static void OnOperation(OperationAnalysisContext context, Action<NamedValue, Action<Diagnostic>> handler)
    {
        var operation = context.Operation;
        if (operation.Syntax.FirstAncestorOrSelf<AttributeSyntax>() is not null)
        {
            return;
        }

        var qualifier = context.ContainingSymbol.ContainingType?.Name ?? (context.ContainingSymbol as INamedTypeSymbol)?.Name;
        void Emit(string name, IOperation? value)
        {
            if (TryGetLiteral(value, out var text, out var syntax))
            {
                handler(new NamedValue(name, qualifier, text, syntax, SecretFixProperties.AllowsNonConstant(syntax)), context.ReportDiagnostic);
            }
        }

        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                Emit(declarator.Symbol.Name, declarator.Initializer?.Value);
                break;
            case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Length > 0:
                Emit(fieldInitializer.InitializedFields[0].Name, fieldInitializer.Value);
                break;
            case IPropertyInitializerOperation propertyInitializer when propertyInitializer.InitializedProperties.Length > 0:
                Emit(propertyInitializer.InitializedProperties[0].Name, propertyInitializer.Value);
                break;
            case ISimpleAssignmentOperation assignment:
                if (TargetName(assignment.Target) is { } targetName)
                {
                    Emit(targetName, assignment.Value);
                }

                break;
            case IInvocationOperation invocation:
                EmitArguments(invocation.TargetMethod, invocation.Arguments, Emit);
                if (invocation.TargetMethod.Name == "Equals" && invocation.Arguments.Length == 1 && invocation.Instance is { } instance
                    && ReferencedName(instance) is { } instanceName)
                {
                    Emit(instanceName, invocation.Arguments[0].Value);
                }

                break;
            case IObjectCreationOperation creation when creation.Constructor is not null:
                EmitArguments(creation.Constructor, creation.Arguments, Emit);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                if (ReferencedName(binary.LeftOperand) is { } left)
                {
                    Emit(left, binary.RightOperand);
                }
                else if (ReferencedName(binary.RightOperand) is { } right)
                {
                    Emit(right, binary.LeftOperand);
                }

                break;
            case IReturnOperation { ReturnedValue: { } returned }
                when context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property }:
                Emit(property.Name, returned);
                break;
        }
    }

    private static void EmitArguments(IMethodSymbol method, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, Action<string, IOperation?> emit)
    {
        // Key/value pairs: Dictionary.Add("password", "…"), new KeyValuePair<string, string>("apiKey", "…"),
        // Environment.SetEnvironmentVariable("JWT_SECRET", "…").
        if (method.Parameters.Length == 2
            && method.Parameters[0].Name is "key" or "name" or "variable"
            && method.Parameters[1].Name == "value")
        {
            IOperation? keyOperation = null;
            IOperation? valueOperation = null;
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    keyOperation = argument.Value;
                }
                else if (argument.Parameter?.Ordinal == 1)
                {
                    valueOperation = argument.Value;
                }
            }

            if (keyOperation?.ConstantValue is { HasValue: true, Value: string key })
            {
                emit(key, valueOperation);
            }

            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                emit(parameter.Name, argument.Value);
            }
        }
    }

    private static void OnParameter(SyntaxNodeAnalysisContext context, Action<NamedValue, Action<Diagnostic>> handler)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (parameter.Default is not { Value: { } value })
        {
            return;
        }

        var constant = context.SemanticModel.GetConstantValue(value, context.CancellationToken);
        if (constant is { HasValue: true, Value: string text } && text.Length > 0 && IsLiteralSyntax(value))
        {
            var qualifier = parameter.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText;
            handler(new NamedValue(parameter.Identifier.ValueText, qualifier, text, value, fixable: false), context.ReportDiagnostic);
        }
    }

    private static void OnAttributeArgument(SyntaxNodeAnalysisContext context, Action<NamedValue, Action<Diagnostic>> handler)
    {
        var argument = (AttributeArgumentSyntax)context.Node;
        var constant = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
        if (constant is not { HasValue: true, Value: string text } || text.Length == 0 || !IsLiteralSyntax(argument.Expression))
        {
            return;
        }

        var name = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText;
        if (name is null && argument.Parent is AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list
            && context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol constructor)
        {
            var index = list.Arguments.IndexOf(argument);
            name = index >= 0 && index < constructor.Parameters.Length ? constructor.Parameters[index].Name : null;
        }

        if (name is not null)
        {
            var qualifier = argument.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText;
            handler(new NamedValue(name, qualifier, text, argument.Expression, fixable: false), context.ReportDiagnostic);
        }
    }

    /// <summary>Returns the name an assignment writes to: a member, a local, a parameter, or an indexer's constant string key.</summary>
    private static string? TargetName(IOperation target) => target switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer =>
            indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } ? key : null,
        IPropertyReferenceOperation property => property.Property.Name,
        IFieldReferenceOperation field => field.Field.Name,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };

    private static string? ReferencedName(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => null,
        };
    }

    private static bool TryGetLiteral(IOperation? operation, out string text, out SyntaxNode syntax)
    {
        text = string.Empty;
        syntax = null!;
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is null || operation.ConstantValue is not { HasValue: true, Value: string value } || value.Length == 0
            || !IsLiteralSyntax(operation.Syntax))
        {
            return false;
        }

        text = value;
        syntax = operation.Syntax;
        return true;
    }

    /// <summary>Literals and constant concatenations or interpolations count; a reference to a named constant does not, because its declaration is where the value is written.</summary>
    private static bool IsLiteralSyntax(SyntaxNode syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        return syntax.IsKind(SyntaxKind.StringLiteralExpression)
            || syntax.IsKind(SyntaxKind.AddExpression)
            || syntax.IsKind(SyntaxKind.InterpolatedStringExpression);
    }
}
