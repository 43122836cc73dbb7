using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Observability;

/// <summary>
/// VIO1501: a pipeline maps no health-check endpoint: neither <c>MapHealthChecks</c> nor
/// <c>UseHealthChecks</c>, nor an endpoint whose constant route is one of
/// <c>viotech.health_check_paths</c> (default <c>/health, /healthz, /ready, /readyz, /live, /livez, /alive</c>),
/// nor a controller action served on such a path (see <see cref="ControllerHealthRoutes"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1501HealthCheckEndpointMissingAnalyzer : DiagnosticAnalyzer
{
    private const string DefaultHealthPaths = "/health,/healthz,/ready,/readyz,/live,/livez,/alive";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HealthCheckEndpointMissing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.IsComplete || model.HasMiddleware("MapHealthChecks", "UseHealthChecks"))
        {
            return;
        }

        var paths = (context.Options.GetString(AnalyzerOptionKeys.HealthCheckPaths) ?? DefaultHealthPaths)
            .Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => "/" + path.Trim().Trim('/'))
            .ToList();
        var mapsHealthRoute = model.MainMiddleware.Any(step =>
            step.Name.StartsWith("Map", StringComparison.Ordinal)
            && step.StringArguments.Length > 0
            && step.StringArguments[0] is { } route
            && paths.Contains("/" + route.Trim().Trim('/'), StringComparer.OrdinalIgnoreCase));
        if (!mapsHealthRoute && !ControllerHealthRoutes.MapsHealthAction(model, context.Compilation, paths))
        {
            context.Report(Diagnostic.Create(Rule, model.MissingLocation));
        }
    }
}
