using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// Records the pipeline facts of every relevant method body in one document: entry points,
/// methods that take a builder (the project's own extension methods), startup filters and local
/// functions. It uses only the document's own semantic model, so it runs live in the editor.
/// </summary>
internal static class PipelineFactsCollector
{
    /// <summary>Namespaces whose methods are known not to register the middleware the rules look for.</summary>
    private static readonly string[] KnownLibraryNamespaces =
    {
        "Microsoft.AspNetCore", "Microsoft.Extensions", "System", "Microsoft.EntityFrameworkCore", "Npgsql",
        "Serilog", "Swashbuckle", "Microsoft.OpenApi", "NetEscapades", "NWebsec", "Microsoft.Identity",
        "Microsoft.IdentityModel", "Sentry", "OpenTelemetry", "Scalar", "FluentValidation", "MediatR",
        "AutoMapper", "Polly", "HealthChecks", "Hangfire", "StackExchange", "Azure", "Amazon",
        "Microsoft.ApplicationInsights", "Resend", "Supabase",
    };

    public static ImmutableArray<MethodFacts> Collect(SemanticModel model, PipelineTypes types, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<MethodFacts>();
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        if (root is not CompilationUnitSyntax compilationUnit)
        {
            return results.ToImmutable();
        }

        var globalStatements = compilationUnit.Members.OfType<GlobalStatementSyntax>().ToList();
        if (globalStatements.Count > 0
            && model.GetEnclosingSymbol(globalStatements[0].Statement.SpanStart, cancellationToken) is IMethodSymbol topLevelMain)
        {
            var walker = new Walker(model, types, results, cancellationToken);
            var operations = globalStatements
                .Select(statement => model.GetOperation(statement.Statement, cancellationToken))
                .Where(operation => operation is not null)
                .ToList();
            walker.VisitStatements(operations!, EnvironmentCondition.Always, PipelineBranch.Main);
            results.Add(walker.ToFacts(topLevelMain, compilationUnit, isTopLevel: true));
        }

        foreach (var declaration in compilationUnit.DescendantNodes(node => node is not BlockSyntax and not ArrowExpressionClauseSyntax and not GlobalStatementSyntax).OfType<MethodDeclarationSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method
                || !(IsRelevant(method, types) || MayCreateWebApplication(declaration)))
            {
                continue;
            }

            if (model.GetOperation(declaration, cancellationToken) is not IMethodBodyOperation body)
            {
                continue;
            }

            var walker = new Walker(model, types, results, cancellationToken);
            walker.Visit((IOperation?)body.BlockBody ?? body.ExpressionBody, EnvironmentCondition.Always, PipelineBranch.Main);
            results.Add(walker.ToFacts(method, declaration, isTopLevel: false));
        }

        return results.ToImmutable();
    }

    /// <summary>True for methods that may contribute to a pipeline: those that take a builder, and Main methods.</summary>
    private static bool IsRelevant(IMethodSymbol method, PipelineTypes types)
    {
        if (method.Name == "Main" && method.IsStatic)
        {
            return true;
        }

        if (IsStartupFilterConfigure(method, types))
        {
            return true;
        }

        // Middleware classes: their Invoke methods are inlined where UseMiddleware<T>() adds them.
        if (method.Name is "Invoke" or "InvokeAsync" && method.Parameters.Any(parameter => parameter.Type.Name == "HttpContext"))
        {
            return true;
        }

        foreach (var parameter in method.Parameters)
        {
            if (types.Classify(parameter.Type) != BuilderKind.None || PipelineTypes.Is(parameter.Type, types.CorsOptions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cheap syntax test for a body that may call <c>WebApplication.CreateBuilder</c> or one of its siblings.</summary>
    private static bool MayCreateWebApplication(MethodDeclarationSyntax declaration) =>
        declaration.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(access =>
            access.Name.Identifier.ValueText is "CreateBuilder" or "CreateSlimBuilder" or "Create" or "CreateEmptyBuilder"
            && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "WebApplication" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WebApplication" });

    public static bool IsStartupFilterConfigure(IMethodSymbol method, PipelineTypes types) =>
        method.Name == "Configure" && method.Parameters.Length == 1 && PipelineTypes.Is(method.ContainingType, types.StartupFilter);

    public static bool IsKnownLibrary(IMethodSymbol method)
    {
        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (var prefix in KnownLibraryNamespaces)
        {
            if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Walks one body in source order, tracking the environment condition and the branch.</summary>
    private sealed class Walker
    {
        private readonly SemanticModel model;
        private readonly PipelineTypes types;
        private readonly ImmutableArray<MethodFacts>.Builder results;
        private readonly CancellationToken cancellationToken;
        private readonly List<PipelineEvent> events = new();
        private readonly Dictionary<ILocalSymbol, EnvironmentCondition> conditionLocals = new(SymbolEqualityComparer.Default);
        private bool createsWebApplication;
        private SyntaxNode? buildCall;
        private SyntaxNode? runCall;
        private string? applicationName;

        public Walker(SemanticModel model, PipelineTypes types, ImmutableArray<MethodFacts>.Builder results, CancellationToken cancellationToken)
        {
            this.model = model;
            this.types = types;
            this.results = results;
            this.cancellationToken = cancellationToken;
        }

        public MethodFacts ToFacts(IMethodSymbol method, SyntaxNode declaration, bool isTopLevel)
        {
            var entryKind = EntryKind.None;
            if (createsWebApplication)
            {
                entryKind = EntryKind.Program;
            }
            else if (!isTopLevel && method.Name == "Configure" && !IsStartupFilterConfigure(method, types)
                && method.Parameters.Any(parameter => PipelineTypes.Is(parameter.Type, types.ApplicationBuilder)))
            {
                entryKind = EntryKind.StartupConfigure;
                applicationName = method.Parameters.First(parameter => PipelineTypes.Is(parameter.Type, types.ApplicationBuilder)).Name;
            }

            return new MethodFacts(method, declaration, entryKind, events.ToImmutableArray(), buildCall, runCall, applicationName);
        }

        public void VisitStatements(IReadOnlyList<IOperation> statements, EnvironmentCondition condition, PipelineBranch branch)
        {
            var current = condition;
            foreach (var statement in statements)
            {
                Visit(statement, current, branch);

                // After `if (test) { ...; return; }` the rest of the block runs only when the test failed.
                if (statement is IConditionalOperation conditional)
                {
                    var test = Classify(conditional.Condition);
                    if (AlwaysExits(conditional.WhenTrue) && (conditional.WhenFalse is null || !AlwaysExits(conditional.WhenFalse)))
                    {
                        current = current.And(test.Not());
                    }
                    else if (conditional.WhenFalse is not null && AlwaysExits(conditional.WhenFalse) && !AlwaysExits(conditional.WhenTrue))
                    {
                        current = current.And(test);
                    }
                }
            }
        }

        public void Visit(IOperation? operation, EnvironmentCondition condition, PipelineBranch branch)
        {
            if (operation is null)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IBlockOperation block:
                    VisitStatements(block.Operations, condition, branch);
                    return;
                case IConditionalOperation conditional:
                    Visit(conditional.Condition, condition, branch);
                    var test = Classify(conditional.Condition);
                    Visit(conditional.WhenTrue, condition.And(test), branch);
                    Visit(conditional.WhenFalse, condition.And(test.Not()), branch);
                    return;
                case ILocalFunctionOperation localFunction:
                    CollectLocalFunction(localFunction);
                    return;
                case IAnonymousFunctionOperation lambda:
                    Visit(lambda.Body, condition, branch == PipelineBranch.Main || branch == PipelineBranch.ConditionalBranch ? PipelineBranch.Nested : branch);
                    return;
                case IInvocationOperation invocation:
                    VisitInvocation(invocation, condition, branch);
                    return;
                case IVariableDeclaratorOperation declarator:
                    VisitChildren(operation, condition, branch);
                    RecordLocal(declarator);
                    return;
                case ISimpleAssignmentOperation assignment:
                    VisitChildren(operation, condition, branch);
                    RecordHeaderAssignment(assignment, condition, branch);
                    return;
                case ITryOperation tryOperation:
                    if (ExceptionHandlingTry.Handles(tryOperation, model, cancellationToken))
                    {
                        events.Add(new PipelineEvent(PipelineEventKind.ExceptionHandlingMiddleware, "try", BuilderKind.None, null, tryOperation.Syntax, condition, branch, ImmutableArray<string?>.Empty));
                    }

                    VisitChildren(operation, condition, branch);
                    return;
                default:
                    VisitChildren(operation, condition, branch);
                    return;
            }
        }

        private void VisitChildren(IOperation operation, EnvironmentCondition condition, PipelineBranch branch)
        {
            foreach (var child in operation.ChildOperations)
            {
                Visit(child, condition, branch);
            }
        }

        private void CollectLocalFunction(ILocalFunctionOperation localFunction)
        {
            var walker = new Walker(model, types, results, cancellationToken);
            walker.Visit(localFunction.Body, EnvironmentCondition.Always, PipelineBranch.Main);
            results.Add(walker.ToFacts(localFunction.Symbol, localFunction.Syntax, isTopLevel: false));
        }

        private void RecordLocal(IVariableDeclaratorOperation declarator)
        {
            var value = declarator.Initializer?.Value;
            if (value is null)
            {
                return;
            }

            if (value.Type?.SpecialType == SpecialType.System_Boolean)
            {
                var test = Classify(value);
                if (test != EnvironmentCondition.Unknown)
                {
                    conditionLocals[declarator.Symbol] = test;
                }
            }

            if (Unwrap(value) is IInvocationOperation { TargetMethod.Name: "Build" } build
                && PipelineTypes.Is(build.TargetMethod.ContainingType, types.WebApplicationBuilder))
            {
                applicationName = declarator.Symbol.Name;
            }
        }

        private void VisitInvocation(IInvocationOperation invocation, EnvironmentCondition condition, PipelineBranch branch)
        {
            var method = invocation.TargetMethod;
            var name = method.Name;
            Visit(invocation.Instance, condition, branch);
            foreach (var argument in invocation.Arguments)
            {
                var value = argument.Value;
                var argumentBranch = branch;
                if (UnwrapLambda(value) is { } lambda)
                {
                    var takesApplication = lambda.Symbol.Parameters.Length == 1 && PipelineTypes.Is(lambda.Symbol.Parameters[0].Type, types.ApplicationBuilder);
                    argumentBranch = name switch
                    {
                        "Map" or "MapWhen" when takesApplication => branch == PipelineBranch.Nested ? PipelineBranch.Nested : PipelineBranch.MappedBranch,
                        "UseWhen" when takesApplication => branch == PipelineBranch.Main ? PipelineBranch.ConditionalBranch : branch,
                        _ => PipelineBranch.Nested,
                    };
                    Visit(lambda.Body, condition, argumentBranch);
                    continue;
                }

                Visit(value, condition, argumentBranch);
            }

            RecordInvocation(invocation, condition, branch);
        }

        private void RecordInvocation(IInvocationOperation invocation, EnvironmentCondition condition, PipelineBranch branch)
        {
            var method = invocation.TargetMethod;
            var name = method.Name;
            var containingType = method.ContainingType;

            if (PipelineTypes.Is(containingType, types.WebApplication))
            {
                if (name is "CreateBuilder" or "CreateSlimBuilder" or "Create" or "CreateEmptyBuilder")
                {
                    createsWebApplication = true;
                }
                else if (name is "Run" or "RunAsync" && !method.IsStatic && invocation.Instance is not null)
                {
                    runCall = invocation.Syntax;
                }
            }

            if (name == "Build" && PipelineTypes.Is(containingType, types.WebApplicationBuilder))
            {
                buildCall = invocation.Syntax;
                return;
            }

            if (name == "Remove" && invocation.Instance?.Type is { } headersType && PipelineTypes.Is(headersType, types.HeaderDictionary)
                && invocation.Arguments.Length == 1 && HeaderWrites.ConstantText(invocation.Arguments[0].Value) is { } removed
                && string.Equals(removed, "Server", StringComparison.OrdinalIgnoreCase))
            {
                events.Add(new PipelineEvent(PipelineEventKind.ServerHeaderDisabled, "Server", BuilderKind.None, method, invocation.Syntax, condition, branch, ImmutableArray<string?>.Empty));
                return;
            }

            if (HeaderWrites.TryGetFromInvocation(invocation, types, out var header, out var headerValue))
            {
                events.Add(new PipelineEvent(PipelineEventKind.HeaderWrite, header, BuilderKind.None, method, invocation.Syntax, condition, branch, ImmutableArray<string?>.Empty, headerValue));
                return;
            }

            var receiverType = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : invocation.Instance?.Type;
            if (PipelineTypes.Is(receiverType ?? containingType, types.CorsOptions) && name is "AddPolicy" or "AddDefaultPolicy")
            {
                var policyName = name == "AddDefaultPolicy" ? string.Empty : StringArguments(invocation).FirstOrDefault();
                events.Add(new PipelineEvent(PipelineEventKind.CorsPolicyDefinition, policyName ?? "?", BuilderKind.None, method, invocation.Syntax, condition, branch, StringArguments(invocation)));
                return;
            }

            var kind = types.Classify(receiverType);
            var isCorsOptionsHelper = false;
            if (kind == BuilderKind.None)
            {
                foreach (var argument in invocation.Arguments)
                {
                    kind = types.Classify(argument.Value.Type);
                    isCorsOptionsHelper |= PipelineTypes.Is(argument.Value.Type ?? containingType, types.CorsOptions);
                    if (kind != BuilderKind.None)
                    {
                        break;
                    }
                }
            }

            if (kind == BuilderKind.None && !isCorsOptionsHelper)
            {
                return;
            }

            foreach (var typeArgument in method.TypeArguments)
            {
                if (typeArgument.TypeKind == TypeKind.Class && PipelineTypes.Is(typeArgument, types.StartupFilter))
                {
                    events.Add(new PipelineEvent(PipelineEventKind.StartupFilterRegistration, typeArgument.Name, kind, method, invocation.Syntax, condition, branch, ImmutableArray<string?>.Empty, type: typeArgument));
                }
            }

            var eventKind = IsSource(method) ? PipelineEventKind.SourceCall
                : IsKnownLibrary(method) ? PipelineEventKind.FrameworkCall
                : PipelineEventKind.UnknownCall;
            // The one type argument, such as the options type of Configure<TOptions>, which the definition no longer carries.
            var singleTypeArgument = method.TypeArguments.Length == 1 ? method.TypeArguments[0] : null;
            events.Add(new PipelineEvent(eventKind, name, kind, Definition(method), invocation.Syntax, condition, branch, StringArguments(invocation), type: singleTypeArgument));

            if (name == "UseMiddleware" && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol middleware
                && !middleware.DeclaringSyntaxReferences.IsDefaultOrEmpty)
            {
                foreach (var invoke in middleware.GetMembers().OfType<IMethodSymbol>().Where(member => member.Name is "Invoke" or "InvokeAsync"))
                {
                    events.Add(new PipelineEvent(PipelineEventKind.SourceCall, invoke.Name, BuilderKind.None, invoke.OriginalDefinition, invocation.Syntax, condition, PipelineBranch.Nested, ImmutableArray<string?>.Empty));
                }
            }
        }

        private void RecordHeaderAssignment(ISimpleAssignmentOperation assignment, EnvironmentCondition condition, PipelineBranch branch)
        {
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "AddServerHeader", ContainingType.Name: "KestrelServerOptions" } }
                && assignment.Value.ConstantValue is { HasValue: true, Value: false })
            {
                events.Add(new PipelineEvent(PipelineEventKind.ServerHeaderDisabled, "Server", BuilderKind.None, null, assignment.Syntax, condition, branch, ImmutableArray<string?>.Empty));
                return;
            }

            if (HeaderWrites.TryGetFromAssignment(assignment, types, out var header, out var value))
            {
                events.Add(new PipelineEvent(PipelineEventKind.HeaderWrite, header, BuilderKind.None, null, assignment.Syntax, condition, branch, ImmutableArray<string?>.Empty, value));
            }
        }

        private EnvironmentCondition Classify(IOperation operation)
        {
            operation = Unwrap(operation);
            switch (operation)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return Classify(not.Operand).Not();
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    return Classify(and.LeftOperand).And(Classify(and.RightOperand));
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                    when EnvironmentNameComparison(equality) is { } environment:
                    return equality.OperatorKind == BinaryOperatorKind.Equals
                        ? EnvironmentCondition.OnlyIn(environment)
                        : EnvironmentCondition.Except(environment);
                case ILocalReferenceOperation local when conditionLocals.TryGetValue(local.Local, out var stored):
                    return stored;
                case IInvocationOperation invocation:
                    return ClassifyEnvironmentCall(invocation);
                default:
                    return EnvironmentCondition.Unknown;
            }
        }

        private EnvironmentCondition ClassifyEnvironmentCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var receiver = method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value.Type : invocation.Instance?.Type;
            if (!types.IsHostEnvironment(receiver))
            {
                return EnvironmentCondition.Unknown;
            }

            switch (method.Name)
            {
                case "IsDevelopment":
                    return EnvironmentCondition.OnlyIn(EnvironmentCondition.Development);
                case "IsProduction":
                    return EnvironmentCondition.OnlyIn(EnvironmentCondition.Production);
                case "IsStaging":
                    return EnvironmentCondition.OnlyIn(EnvironmentCondition.Staging);
                case "IsEnvironment":
                    var names = StringArguments(invocation);
                    return names.Length > 0 && names[names.Length - 1] is { } environment
                        ? EnvironmentCondition.OnlyIn(environment)
                        : EnvironmentCondition.Unknown;
                default:
                    return EnvironmentCondition.Unknown;
            }
        }

        private string? EnvironmentNameComparison(IBinaryOperation equality)
        {
            var left = Unwrap(equality.LeftOperand);
            var right = Unwrap(equality.RightOperand);
            if (IsEnvironmentName(left) && right.ConstantValue is { HasValue: true, Value: string fromRight })
            {
                return fromRight;
            }

            if (IsEnvironmentName(right) && left.ConstantValue is { HasValue: true, Value: string fromLeft })
            {
                return fromLeft;
            }

            return null;
        }

        private bool IsEnvironmentName(IOperation operation) =>
            operation is IPropertyReferenceOperation { Property.Name: "EnvironmentName" } property
            && types.IsHostEnvironment(property.Instance?.Type);

        /// <summary>
        /// True for the project's own methods, which the resolver inlines. A method declared only in
        /// generated code, such as a source generator's <c>AddMediator</c>, is not analyzed, so it
        /// is judged by its namespace like a library method.
        /// </summary>
        private bool IsSource(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return true;
            }

            if (method.DeclaringSyntaxReferences.IsDefaultOrEmpty || method.IsAbstract
                || !model.Compilation.Assembly.Equals(method.ContainingAssembly, SymbolEqualityComparer.Default))
            {
                return false;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (!GeneratedCode.IsGenerated(reference.SyntaxTree, model.Compilation, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static IMethodSymbol Definition(IMethodSymbol method) =>
            (method.ReducedFrom ?? method).OriginalDefinition;

        private static bool AlwaysExits(IOperation? operation) => operation switch
        {
            IReturnOperation => true,
            IThrowOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation { Operations.Length: > 0 } block => AlwaysExits(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };

        private static IAnonymousFunctionOperation? UnwrapLambda(IOperation operation)
        {
            operation = Unwrap(operation);
            while (operation is IDelegateCreationOperation creation)
            {
                operation = Unwrap(creation.Target);
            }

            return operation as IAnonymousFunctionOperation;
        }
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
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

    /// <summary>Returns the constant string values of the call's arguments in parameter order, null where not constant.</summary>
    public static ImmutableArray<string?> StringArguments(IInvocationOperation invocation)
    {
        var builder = ImmutableArray.CreateBuilder<string?>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.IsThis == true || (invocation.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0))
            {
                continue;
            }

            builder.Add(argument.Value.ConstantValue is { HasValue: true, Value: string text } ? text : null);
        }

        return builder.ToImmutable();
    }
}
