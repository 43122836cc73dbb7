using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace VioTech.Analyzers.Pipeline;

/// <summary>Kind of a fact recorded in a method body.</summary>
internal enum PipelineEventKind
{
    /// <summary>A call to a framework or known library method on a builder, such as <c>app.UseHsts()</c>.</summary>
    FrameworkCall,

    /// <summary>A call to a method of this project that takes a builder; its facts are inlined when the pipeline is resolved.</summary>
    SourceCall,

    /// <summary>A call to an unknown method of a referenced assembly that takes a builder: it may register anything.</summary>
    UnknownCall,

    /// <summary>A response header written by the project's own code.</summary>
    HeaderWrite,

    /// <summary>A CORS policy defined through <c>CorsOptions.AddPolicy</c> or <c>AddDefaultPolicy</c>.</summary>
    CorsPolicyDefinition,

    /// <summary>The registration of an <c>IStartupFilter</c> implementation.</summary>
    StartupFilterRegistration,

    /// <summary>Kestrel's <c>Server</c> response header turned off (<c>AddServerHeader = false</c>) or removed from the response.</summary>
    ServerHeaderDisabled,

    /// <summary>
    /// A <c>try</c> around the call of the next middleware whose <c>catch</c> writes a response:
    /// hand-written exception handling in a middleware class or an inline <c>app.Use</c> lambda.
    /// </summary>
    ExceptionHandlingMiddleware,
}

/// <summary>Where in the pipeline a step sits.</summary>
internal enum PipelineBranch
{
    /// <summary>The main pipeline, which every request goes through.</summary>
    Main,

    /// <summary>A <c>UseWhen</c> branch: runs for some requests, then rejoins the main pipeline.</summary>
    ConditionalBranch,

    /// <summary>A <c>Map</c> or <c>MapWhen</c> branch: a separate pipeline for some requests.</summary>
    MappedBranch,

    /// <summary>Inside a lambda that is not a pipeline branch: options, inline middleware, endpoint handlers.</summary>
    Nested,
}

/// <summary>One fact about a method body, in source order, with the condition it runs under.</summary>
internal sealed class PipelineEvent
{
    public PipelineEvent(
        PipelineEventKind kind,
        string name,
        BuilderKind receiver,
        IMethodSymbol? method,
        SyntaxNode syntax,
        EnvironmentCondition condition,
        PipelineBranch branch,
        ImmutableArray<string?> stringArguments,
        string? value = null,
        ITypeSymbol? type = null)
    {
        Kind = kind;
        Name = name;
        Receiver = receiver;
        Method = method;
        Syntax = syntax;
        Condition = condition;
        Branch = branch;
        StringArguments = stringArguments;
        Value = value;
        Type = type;
    }

    public PipelineEventKind Kind { get; }

    /// <summary>Method name for calls, header name for header writes, policy name (or empty for the default policy) for CORS policies.</summary>
    public string Name { get; }

    public BuilderKind Receiver { get; }

    /// <summary>The called method; for <see cref="PipelineEventKind.SourceCall"/> the method whose facts are inlined.</summary>
    public IMethodSymbol? Method { get; }

    /// <summary>The invocation, assignment or attribute that produced the event.</summary>
    public SyntaxNode Syntax { get; }

    public EnvironmentCondition Condition { get; }

    public PipelineBranch Branch { get; }

    /// <summary>Constant string arguments of a call, in parameter order (null where not constant).</summary>
    public ImmutableArray<string?> StringArguments { get; }

    /// <summary>Header value for header writes, when constant.</summary>
    public string? Value { get; }

    /// <summary>
    /// The registered type for a startup filter registration; for a call of a generic method with one
    /// type argument, that argument, such as <c>TOptions</c> of <c>Configure&lt;TOptions&gt;</c>.
    /// </summary>
    public ITypeSymbol? Type { get; }

    /// <summary>
    /// Location of diagnostics about this call: from the method name to the end of the call, so
    /// that in a chain such as <c>app.MapGet(…).RequireCors("x")</c> only the reported call is marked.
    /// </summary>
    public Location CallLocation =>
        Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access } call
            ? Location.Create(call.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, call.Span.End))
            : Syntax.GetLocation();

    public PipelineEvent With(EnvironmentCondition condition, PipelineBranch branch) =>
        new(Kind, Name, Receiver, Method, Syntax, condition, branch, StringArguments, Value, Type);

    public override string ToString() => Kind + " " + Name + " [" + Condition + ", " + Branch + "]";
}

/// <summary>Kind of pipeline entry point.</summary>
internal enum EntryKind
{
    None,

    /// <summary>A <c>Main</c> method or top-level statements that create a <c>WebApplication</c>.</summary>
    Program,

    /// <summary>A <c>Startup.Configure(IApplicationBuilder, …)</c> method.</summary>
    StartupConfigure,
}

/// <summary>The facts of one method body (or of the top-level statements).</summary>
internal sealed class MethodFacts
{
    public MethodFacts(IMethodSymbol method, SyntaxNode declaration, EntryKind entryKind, ImmutableArray<PipelineEvent> events, SyntaxNode? buildCall, SyntaxNode? runCall, string? applicationName)
    {
        Method = method;
        Declaration = declaration;
        EntryKind = entryKind;
        Events = events;
        BuildCall = buildCall;
        RunCall = runCall;
        ApplicationName = applicationName;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The method declaration, or the compilation unit for top-level statements.</summary>
    public SyntaxNode Declaration { get; }

    public EntryKind EntryKind { get; }

    public ImmutableArray<PipelineEvent> Events { get; }

    /// <summary>The <c>builder.Build()</c> call of a program entry point.</summary>
    public SyntaxNode? BuildCall { get; }

    /// <summary>The <c>app.Run()</c> call of a program entry point.</summary>
    public SyntaxNode? RunCall { get; }

    /// <summary>Name of the local or parameter that stores the application (<c>app</c>), when known.</summary>
    public string? ApplicationName { get; }
}
