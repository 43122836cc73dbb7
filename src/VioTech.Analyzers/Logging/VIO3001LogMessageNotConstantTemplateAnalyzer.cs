using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Logging;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Logging;

/// <summary>
/// VIO3001: the message handed to Microsoft.Extensions.Logging, Serilog or NLog is built at run
/// time (interpolation, concatenation, <c>string.Format</c>, <c>ToString()</c>), or a one-hole
/// template such as <c>"{Message}"</c> receives text that was itself formatted.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO3001LogMessageNotConstantTemplateAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property naming where the formatted text sits: the template or the single value.</summary>
    public const string ShapeProperty = "Shape";

    /// <summary>Value of <see cref="ShapeProperty"/> for a formatted template argument.</summary>
    public const string TemplateShape = "Template";

    /// <summary>Value of <see cref="ShapeProperty"/> for formatted text passed to a one-hole template.</summary>
    public const string PassThroughShape = "PassThrough";

    /// <summary>Value of <see cref="ShapeProperty"/> for calls the code fix cannot rewrite.</summary>
    public const string NotFixableShape = "NotFixable";

    /// <summary>Option that reports templates read from resources or <c>IStringLocalizer</c>, which are allowed by default.</summary>
    public const string ReportLocalizedOption = "viotech.vio3001.report_localized_templates";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.LogMessageNotConstantTemplate);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var api = LoggingApi.Create(start.Compilation);
            if (api is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => AnalyzeInvocation(operationContext, api), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, LoggingApi api)
    {
        var call = api.Recognize((IInvocationOperation)context.Operation);
        if (call is null)
        {
            return;
        }

        var template = call.Template.Value;
        var kind = LoggingOperations.Classify(template);
        if (kind != FormattedTextKind.None)
        {
            if (LoggingOperations.ReadsTemplateParameter(template))
            {
                return;
            }

            var shape = call.Kind == LogCallKind.Template ? TemplateShape : NotFixableShape;
            Report(context, template.Syntax, shape, LoggingOperations.Display(kind));
            return;
        }

        if (LocalizedTemplate(template) is { } localized
            && context.Options.AnalyzerConfigOptionsProvider.GetOptions(template.Syntax.SyntaxTree).TryGetValue(ReportLocalizedOption, out var option)
            && string.Equals(option.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
        {
            Report(context, template.Syntax, NotFixableShape, localized);
            return;
        }

        if (FormattedLocal(template) is { } local && !LoggingOperations.ReadsTemplateParameter(local))
        {
            Report(context, template.Syntax, NotFixableShape, LoggingOperations.Display(LoggingOperations.Classify(local)));
            return;
        }

        if (call.Kind == LogCallKind.Template && IsPassThrough(call, out var value, out var valueKind)
            && !LoggingOperations.ReadsTemplateParameter(value))
        {
            var templateText = (string)LoggingOperations.SkipConversions(template).ConstantValue.Value!;
            Report(context, value.Syntax, PassThroughShape, "\"" + templateText + "\", " + LoggingOperations.Display(valueKind));
        }
    }

    /// <summary>
    /// Returns how a template is localized: an <c>IStringLocalizer</c> lookup (<c>localizer["Key"]</c>)
    /// or a property of a generated resource class (a class with a static <c>ResourceManager</c>
    /// property); null for anything else.
    /// </summary>
    private static string? LocalizedTemplate(IOperation template)
    {
        var operation = LoggingOperations.SkipConversions(template);
        if (operation is IPropertyReferenceOperation { Property: { Name: "Value" }, Instance: { } instance }
            && instance.Type?.Name == "LocalizedString")
        {
            operation = LoggingOperations.SkipConversions(instance);
        }

        if (operation is not IPropertyReferenceOperation { Property: { } property })
        {
            return null;
        }

        if (property.IsIndexer && property.ContainingType.Name is "IStringLocalizer" or "IStringLocalizer`1" or "IHtmlLocalizer")
        {
            return "IStringLocalizer";
        }

        if (property.IsIndexer && property.Type.Name == "LocalizedString")
        {
            return "IStringLocalizer";
        }

        if (property.IsStatic && property.Type.SpecialType == SpecialType.System_String)
        {
            foreach (var member in property.ContainingType.GetMembers("ResourceManager"))
            {
                if (member is IPropertySymbol { IsStatic: true })
                {
                    return property.ContainingType.Name + "." + property.Name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the formatted initializer of a local passed as the template, such as
    /// <c>var message = $"…"; logger.LogInformation(message);</c>, when the local is never assigned again.
    /// </summary>
    private static IOperation? FormattedLocal(IOperation template)
    {
        if (LoggingOperations.SkipConversions(template) is not ILocalReferenceOperation { Local: { } local }
            || local.DeclaringSyntaxReferences.Length != 1
            || template.SemanticModel is not { } semanticModel)
        {
            return null;
        }

        var declarator = local.DeclaringSyntaxReferences[0].GetSyntax();
        if (declarator.SyntaxTree != template.Syntax.SyntaxTree
            || declarator is not Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || semanticModel.GetOperation(initializer) is not { } value
            || LoggingOperations.Classify(value) == FormattedTextKind.None
            || IsAssignedAgain(template, local))
        {
            return null;
        }

        return value;
    }

    private static bool IsAssignedAgain(IOperation template, ILocalSymbol local)
    {
        var root = template;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IAssignmentOperation { Target: ILocalReferenceOperation target }
                && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the template is a single hole and nothing else (<c>"{Message}"</c>) and its one
    /// value is formatted text, which hides the values inside one opaque string.
    /// </summary>
    private static bool IsPassThrough(LogCall call, out IOperation value, out FormattedTextKind kind)
    {
        value = null!;
        kind = FormattedTextKind.None;
        if (call.Values.Length != 1
            || LoggingOperations.SkipConversions(call.Template.Value).ConstantValue is not { HasValue: true, Value: string text })
        {
            return false;
        }

        var template = MessageTemplate.Parse(text);
        if (template.Tokens.Count != 1 || template.Holes.Count != 1 || template.Errors.Count != 0)
        {
            return false;
        }

        value = call.Values[0];
        kind = LoggingOperations.Classify(value);
        return kind is FormattedTextKind.Interpolation or FormattedTextKind.Concatenation or FormattedTextKind.StringFormat;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode node, string shape, string form)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, shape);
        context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation(), properties, form));
    }
}
