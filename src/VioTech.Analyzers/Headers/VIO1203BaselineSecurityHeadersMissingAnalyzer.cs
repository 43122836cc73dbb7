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
/// VIO1203: a pipeline never sets, outside Development, one of the baseline headers:
/// <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c>, or frame protection
/// (<c>X-Frame-Options</c> or a CSP with <c>frame-ancestors</c>). One diagnostic per missing
/// header; and Kestrel's <c>Server</c> header left on (no <c>AddServerHeader = false</c> and no
/// <c>Headers.Remove("Server")</c>). NetEscapades' <c>UseSecurityHeaders</c> counts for the three headers; NWebsec's
/// <c>UseXContentTypeOptions</c>, <c>UseReferrerPolicy</c> and <c>UseXfo</c> count for theirs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO1203BaselineSecurityHeadersMissingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.BaselineSecurityHeadersMissing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => PipelineAnalysis.Register(start, Evaluate));
    }

    private static void Evaluate(PipelineModel model, PipelineRuleContext context)
    {
        if (!model.IsComplete)
        {
            return;
        }

        // The Server header is checked whatever header library runs, because Kestrel's own option controls it.
        if (!model.Steps.Any(step => step.Kind == PipelineEventKind.ServerHeaderDisabled && step.Condition.CanRunOutsideDevelopment))
        {
            context.Report(Diagnostic.Create(Rule, model.MissingLocation, "Kestrel AddServerHeader = false"));
        }

        if (model.HasMiddlewareOutsideDevelopment("UseSecurityHeaders"))
        {
            return;
        }

        if (!model.HasMiddlewareOutsideDevelopment("UseXContentTypeOptions") && !Writes(model, "X-Content-Type-Options"))
        {
            context.Report(Diagnostic.Create(Rule, model.MissingLocation, "X-Content-Type-Options: nosniff"));
        }

        if (!model.HasMiddlewareOutsideDevelopment("UseReferrerPolicy") && !Writes(model, "Referrer-Policy"))
        {
            context.Report(Diagnostic.Create(Rule, model.MissingLocation, "Referrer-Policy"));
        }

        var framesProtected = model.HasMiddlewareOutsideDevelopment("UseXfo")
            || Writes(model, "X-Frame-Options")
            || model.Steps.Any(step => IsHeaderWrite(step, "Content-Security-Policy")
                && step.Value?.IndexOf("frame-ancestors", StringComparison.OrdinalIgnoreCase) >= 0);
        if (!framesProtected)
        {
            context.Report(Diagnostic.Create(Rule, model.MissingLocation, "X-Frame-Options / frame-ancestors"));
        }
    }

    private static bool Writes(PipelineModel model, string header) => model.Steps.Any(step => IsHeaderWrite(step, header));

    private static bool IsHeaderWrite(PipelineEvent step, string header) =>
        step.Kind == PipelineEventKind.HeaderWrite
        && string.Equals(step.Name, header, StringComparison.OrdinalIgnoreCase)
        && step.Condition.CanRunOutsideDevelopment;
}
