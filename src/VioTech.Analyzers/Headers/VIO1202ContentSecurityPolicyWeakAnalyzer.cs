using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Headers;

/// <summary>
/// VIO1202: a <c>Content-Security-Policy</c> header written with a constant value (literal,
/// constant, constant concatenation or interpolation) that allows <c>'unsafe-inline'</c> scripts
/// without a nonce or hash, <c>'unsafe-eval'</c>, <c>*</c>, <c>http:</c> or <c>data:</c> script
/// sources, or lacks <c>object-src</c> (or <c>default-src</c>), <c>base-uri</c> or <c>frame-ancestors</c>.
/// NetEscapades' <c>AddContentSecurityPolicy(builder =&gt; …)</c> is checked from its builder calls.
/// One diagnostic per weakness, on the header write or on the <c>AddContentSecurityPolicy</c> name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1202ContentSecurityPolicyWeakAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ContentSecurityPolicyWeak);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = SharedPipelineFacts.For(start.Compilation).Types;
            if (types?.HeaderDictionary is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, types), OperationKind.Invocation, OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, PipelineTypes types)
    {
        if (context.Operation is IInvocationOperation builderCall && NetEscapadesCspBuilder.PolicyText(builderCall) is { } built)
        {
            Report(context, built, CallLocation(builderCall));
            return;
        }

        string name;
        string? value;
        var found = context.Operation is IInvocationOperation invocation
            ? HeaderWrites.TryGetFromInvocation(invocation, types, out name, out value)
            : HeaderWrites.TryGetFromAssignment((ISimpleAssignmentOperation)context.Operation, types, out name, out value);
        if (!found || value is null || !string.Equals(name, "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Report(context, value, context.Operation.Syntax.GetLocation());
    }

    private static void Report(OperationAnalysisContext context, string policy, Location location)
    {
        foreach (var (reason, argument) in ContentSecurityPolicyText.Parse(policy).Weaknesses())
        {
            var text = argument.Length == 0 ? RuleText.Get(reason) : RuleText.Get(reason, argument);
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, text));
        }
    }

    private static Location CallLocation(IInvocationOperation invocation) =>
        invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access } call
            ? Location.Create(call.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, access.Name.Span.End))
            : invocation.Syntax.GetLocation();
}
