using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Headers;

/// <summary>
/// VIO1201: an application that serves pages (Razor Pages, MVC views, Blazor, static files) never
/// sets a <c>Content-Security-Policy</c>: no such header is written in the pipeline (including
/// inline middleware, <c>OnStarting</c> callbacks and middleware classes added with
/// <c>UseMiddleware&lt;T&gt;</c>), and neither NetEscapades' <c>UseSecurityHeaders</c> nor NWebsec's
/// <c>UseCsp</c> runs. <c>viotech.application_kind</c> overrides the detection.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1201ContentSecurityPolicyMissingAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] PageServices = { "AddRazorPages", "AddControllersWithViews", "AddRazorComponents", "AddServerSideBlazor" };

    private static readonly string[] PageMiddleware =
    {
        "MapRazorPages", "MapControllerRoute", "MapDefaultControllerRoute", "MapRazorComponents", "MapBlazorHub",
        "UseStaticFiles", "MapStaticAssets", "UseDefaultFiles", "UseFileServer", "MapFallbackToFile", "MapFallbackToPage",
    };

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.ContentSecurityPolicyMissing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.IsComplete || !ServesPages(model, context) || HasContentSecurityPolicy(model))
        {
            return;
        }

        context.Report(Diagnostic.Create(Rule, model.MissingLocation));
    }

    /// <summary>
    /// True when the application serves HTML pages, or is declared to with <c>viotech.application_kind = pages</c>.
    /// <c>AddMvc</c> alone counts only when the project has views (see <see cref="MvcViews.HasViews"/>),
    /// because an API built on <c>AddMvc</c> with <c>ControllerBase</c> controllers serves JSON only.
    /// </summary>
    public static bool ServesPages(PipelineModel model, PipelineRuleContext context)
    {
        var kind = context.Options.GetString(AnalyzerOptionKeys.ApplicationKind);
        if (string.Equals(kind, "api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(kind, "pages", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return model.HasService(PageServices)
            || model.HasMiddleware(PageMiddleware)
            || (model.HasService("AddMvc") && MvcViews.HasViews(context.Compilation, context.AdditionalFiles));
    }

    /// <summary>True when a Content-Security-Policy is set in some environment other than Development.</summary>
    public static bool HasContentSecurityPolicy(PipelineModel model) =>
        model.HasMiddlewareOutsideDevelopment("UseSecurityHeaders", "UseCsp")
        || model.Steps.Any(step => step.Kind == PipelineEventKind.HeaderWrite
            && string.Equals(step.Name, "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
            && step.Condition.CanRunOutsideDevelopment);
}
