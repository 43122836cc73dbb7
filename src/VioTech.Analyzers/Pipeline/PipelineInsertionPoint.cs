using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VioTech.Analyzers.Pipeline;

/// <summary>
/// Computes where a code fix inserts a middleware call into an entry point. The diagnostic carries
/// the statement to insert next to as its first additional location, and the application and
/// environment expressions as properties.
/// </summary>
internal static class PipelineInsertionPoint
{
    public const string ApplicationProperty = "Application";
    public const string EnvironmentProperty = "Environment";
    public const string PositionProperty = "Position";
    public const string Before = "Before";
    public const string After = "After";

    /// <summary>Middleware that must come after HSTS and HTTPS redirection.</summary>
    private static readonly ImmutableHashSet<string> LaterMiddleware = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "UseStaticFiles", "UseDefaultFiles", "UseFileServer", "UseRouting", "UseCors", "UseAuthentication",
        "UseAuthorization", "UseRateLimiter", "UseSession", "UseResponseCaching", "UseOutputCache",
        "UseResponseCompression", "UseAntiforgery", "UseEndpoints", "UseSwagger", "UseSwaggerUI",
        "UseRequestLocalization", "UseWebSockets", "UseMiddleware");

    /// <summary>
    /// Computes the properties and additional location for inserting a call right after the last
    /// call named <paramref name="insertAfter"/> when the entry point has one, or else before the
    /// first middleware that must follow it (the built-in list plus <paramref name="alsoBefore"/>),
    /// or else before <c>app.Run()</c>. Returns false when the entry point has no body a fix can edit.
    /// </summary>
    public static bool TryCompute(
        PipelineModel model,
        PipelineTypes types,
        string? insertAfter,
        string[] alsoBefore,
        out ImmutableDictionary<string, string?> properties,
        out ImmutableArray<Location> locations)
    {
        properties = ImmutableDictionary<string, string?>.Empty;
        locations = ImmutableArray<Location>.Empty;
        var entry = model.Entry;
        if (entry.ApplicationName is not { } application)
        {
            return false;
        }

        var environment = EnvironmentExpression(entry, types);
        var ownSteps = entry.Events
            .Where(step => step.Receiver == BuilderKind.Application && step.Branch == PipelineBranch.Main && step.Kind != PipelineEventKind.HeaderWrite)
            .Where(step => entry.BuildCall is null || step.Syntax.SpanStart > entry.BuildCall.SpanStart)
            .ToList();

        SyntaxNode? anchor = null;
        var position = Before;
        if (insertAfter is not null && ownSteps.LastOrDefault(step => step.Name == insertAfter) is { } previous)
        {
            anchor = TopStatement(previous.Syntax, entry);
            position = After;
        }

        if (anchor is null)
        {
            var later = ownSteps.FirstOrDefault(step =>
                LaterMiddleware.Contains(step.Name) || alsoBefore.Contains(step.Name, StringComparer.Ordinal)
                || (step.Name.StartsWith("Map", StringComparison.Ordinal) && step.Name != "Map" && step.Name != "MapWhen"));
            anchor = later is null ? null : TopStatement(later.Syntax, entry);
        }

        if (anchor is null && entry.RunCall is { } run)
        {
            anchor = TopStatement(run, entry);
        }

        if (anchor is null)
        {
            return false;
        }

        properties = ImmutableDictionary<string, string?>.Empty
            .Add(ApplicationProperty, application)
            .Add(PositionProperty, position)
            .Add(EnvironmentProperty, environment);
        locations = ImmutableArray.Create(anchor.GetLocation());
        return true;
    }

    /// <summary>Returns the expression that reads the host environment in the entry point, or null when none is in scope.</summary>
    public static string? EnvironmentExpression(MethodFacts entry, PipelineTypes types)
    {
        if (entry.EntryKind == EntryKind.Program && entry.ApplicationName is { } application)
        {
            return application + ".Environment";
        }

        return entry.Method.Parameters.FirstOrDefault(parameter => types.IsHostEnvironment(parameter.Type))?.Name;
    }

    /// <summary>Returns the statement of the entry point's own body that contains <paramref name="node"/>.</summary>
    public static SyntaxNode? TopStatement(SyntaxNode node, MethodFacts entry)
    {
        if (node.SyntaxTree != entry.Declaration.SyntaxTree || !entry.Declaration.Span.Contains(node.Span))
        {
            return null;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is GlobalStatementSyntax)
            {
                return current;
            }

            if (current is StatementSyntax && current.Parent is BlockSyntax block
                && block.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax)
            {
                return current;
            }
        }

        return null;
    }
}
