using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Transport;

/// <summary>
/// VIO1102: a web application's pipeline never calls <c>UseHttpsRedirection</c> outside
/// Development. Off when <c>viotech.proxy_redirects_https = true</c> declares that a proxy in
/// front of the service already redirects plain HTTP.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1102HttpsRedirectionNotEnabledAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HttpsRedirectionNotEnabled);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.IsComplete
            || context.Options.ProxyRedirectsHttps
            || model.HasMiddlewareOutsideDevelopment("UseHttpsRedirection", "UseRewriter"))
        {
            return;
        }

        PipelineInsertionPoint.TryCompute(model, context.Types, insertAfter: "UseHsts", System.Array.Empty<string>(), out var properties, out var locations);
        context.Report(Diagnostic.Create(Rule, model.MissingLocation, locations, properties));
    }
}
