using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Transport;

/// <summary>
/// VIO1104: <c>UseForwardedHeaders</c> runs after middleware that reads the scheme or client
/// address (HSTS, HTTPS redirection, authentication, rate limiting); it is missing although
/// <c>viotech.behind_proxy = true</c>; or the options clear both <c>KnownProxies</c> and
/// <c>KnownNetworks</c> (or <c>KnownIPNetworks</c>), which trusts the headers from any client.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1104ForwardedHeadersMisconfiguredAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] ReadsForwardedValues = { "UseHsts", "UseHttpsRedirection", "UseAuthentication", "UseRateLimiter" };

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ForwardedHeadersMisconfigured);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (PipelineAnalysis.Register(start, Evaluate) is null)
            {
                return;
            }

            var options = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.ForwardedHeadersOptions");
            if (options is not null)
            {
                start.RegisterOperationAction(operationContext => AnalyzeClear(operationContext, options), OperationKind.Invocation);
            }
        });
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        var forwarded = model.MainMiddleware.FirstOrDefault(step => step.Name == "UseForwardedHeaders");
        if (forwarded is null)
        {
            if (context.Options.BehindProxy && model.IsComplete)
            {
                context.Report(Diagnostic.Create(Rule, model.MissingLocation, RuleText.Get("VIO1104_Reason_Missing")));
            }

            return;
        }

        var index = model.Steps.IndexOf(forwarded);
        var earlier = model.Steps.Take(index).FirstOrDefault(step =>
            step.Receiver == BuilderKind.Application
            && step.Branch is PipelineBranch.Main or PipelineBranch.ConditionalBranch
            && ReadsForwardedValues.Contains(step.Name)
            && step.Condition.CanRunOutsideDevelopment);
        if (earlier is not null)
        {
            context.Report(Diagnostic.Create(Rule, forwarded.CallLocation, RuleText.Get("VIO1104_Reason_TooLate", earlier.Name + "()")));
        }
    }

    /// <summary>Reports the second of <c>KnownProxies.Clear()</c> and <c>KnownNetworks.Clear()</c> in one configuration.</summary>
    private static void AnalyzeClear(OperationAnalysisContext context, INamedTypeSymbol options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (ClearedList(invocation, options) is not { } cleared)
        {
            return;
        }

        IOperation scope = invocation;
        while (scope.Parent is not null && scope is not IAnonymousFunctionOperation)
        {
            scope = scope.Parent;
        }

        var other = cleared == "KnownProxies" ? new[] { "KnownNetworks", "KnownIPNetworks" } : new[] { "KnownProxies" };
        var otherCall = scope.Descendants().OfType<IInvocationOperation>()
            .FirstOrDefault(call => ClearedList(call, options) is { } name && other.Contains(name));
        if (otherCall is not null && otherCall.Syntax.SpanStart < invocation.Syntax.SpanStart)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), RuleText.Get("VIO1104_Reason_TrustsEveryProxy")));
        }
    }

    private static string? ClearedList(IInvocationOperation invocation, INamedTypeSymbol options) =>
        invocation.TargetMethod.Name == "Clear"
        && invocation.Instance is IPropertyReferenceOperation { Property.Name: "KnownProxies" or "KnownNetworks" or "KnownIPNetworks" } property
        && property.Instance?.Type is { } owner
        && SymbolEqualityComparer.Default.Equals(owner, options)
            ? property.Property.Name
            : null;
}
