using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Cors;

/// <summary>The CORS policies a pipeline defines, and whether that list is known in full.</summary>
internal sealed class CorsPolicyNames
{
    private CorsPolicyNames(HashSet<string> names, bool hasDefault, bool isKnown)
    {
        Names = names;
        HasDefault = hasDefault;
        IsKnown = isKnown;
    }

    /// <summary>Names passed to <c>AddPolicy</c>; policy names are compared case-sensitively, as ASP.NET Core does.</summary>
    public HashSet<string> Names { get; }

    public bool HasDefault { get; }

    /// <summary>
    /// False when some policies escape the model: a non-constant name, <c>AddCors</c> called with
    /// something other than a lambda, or an incomplete pipeline.
    /// </summary>
    public bool IsKnown { get; }

    public static CorsPolicyNames Of(PipelineModel model)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var hasDefault = false;
        var isKnown = model.IsComplete;
        foreach (var step in model.Steps)
        {
            if (step.Kind == PipelineEventKind.CorsPolicyDefinition)
            {
                if (step.Name.Length == 0)
                {
                    hasDefault = true;
                }
                else if (step.Name == "?")
                {
                    isKnown = false;
                }
                else
                {
                    names.Add(step.Name);
                }
            }
            else if (step.Name is "AddCors" or "Configure" or "PostConfigure" && step.Syntax is InvocationExpressionSyntax call)
            {
                // AddCors(options => ...) is followed; AddCors(SomeMethod) or Configure<CorsOptions>(...) is not.
                var isCorsConfigure = step.Name != "AddCors" && call.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax generic }
                    && generic.TypeArgumentList.Arguments.Any(argument => argument.ToString().EndsWith("CorsOptions", StringComparison.Ordinal));
                var passesLambda = call.ArgumentList.Arguments.All(argument => argument.Expression is LambdaExpressionSyntax);
                if ((step.Name == "AddCors" && !passesLambda) || isCorsConfigure)
                {
                    isKnown = false;
                }
            }
        }

        return new CorsPolicyNames(names, hasDefault, isKnown);
    }
}
