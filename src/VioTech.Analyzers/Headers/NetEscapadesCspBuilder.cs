using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.Headers;

/// <summary>
/// Rebuilds the policy text of NetEscapades.AspNetCore.SecurityHeaders'
/// <c>AddContentSecurityPolicy(builder =&gt; …)</c> from its builder calls, such as
/// <c>builder.AddScriptSrc().Self().UnsafeInline()</c>, so that VIO1202 can check it like a header value.
/// </summary>
internal static class NetEscapadesCspBuilder
{
    private static readonly ImmutableDictionary<string, string> Tokens = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Self"] = "'self'",
        ["None"] = "'none'",
        ["UnsafeInline"] = "'unsafe-inline'",
        ["UnsafeEval"] = "'unsafe-eval'",
        ["UnsafeHashes"] = "'unsafe-hashes'",
        ["StrictDynamic"] = "'strict-dynamic'",
        ["WithNonce"] = "'nonce-builder'",
        ["WithHashTagHelper"] = "'sha256-builder'",
        ["WithHash256"] = "'sha256-builder'",
        ["WithHash384"] = "'sha384-builder'",
        ["WithHash512"] = "'sha512-builder'",
        ["Data"] = "data:",
        ["Blob"] = "blob:",
        ["Https"] = "https:",
        ["Http"] = "http:",
        ["Any"] = "*",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Returns the policy text built by the lambda passed to <paramref name="invocation"/>, or null when it is not a NetEscapades CSP call.</summary>
    public static string? PolicyText(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name != "AddContentSecurityPolicy"
            || invocation.TargetMethod.ContainingNamespace?.ToDisplayString().StartsWith("NetEscapades", StringComparison.Ordinal) != true)
        {
            return null;
        }

        var lambda = invocation.Arguments
            .Select(argument => Unwrap(argument.Value))
            .OfType<IAnonymousFunctionOperation>()
            .FirstOrDefault(candidate => candidate.Symbol.Parameters.Length == 1);
        if (lambda is null)
        {
            return null;
        }

        var builder = lambda.Symbol.Parameters[0];
        var text = new StringBuilder();
        foreach (var directive in lambda.Body.Descendants().OfType<IInvocationOperation>())
        {
            if (directive.Instance is not IParameterReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Parameter, builder)
                || !directive.TargetMethod.Name.StartsWith("Add", StringComparison.Ordinal))
            {
                continue;
            }

            text.Append(DirectiveName(directive.TargetMethod.Name.Substring(3)));
            for (IOperation current = directive; current.Parent is IInvocationOperation next && next.Instance == current; current = next)
            {
                if (next.TargetMethod.Name == "From")
                {
                    text.Append(' ').Append(next.Arguments.Length > 0 ? HeaderWrites.ConstantText(next.Arguments[0].Value) ?? "https://configured.invalid" : string.Empty);
                }
                else if (Tokens.TryGetValue(next.TargetMethod.Name, out var token))
                {
                    text.Append(' ').Append(token);
                }
            }

            text.Append("; ");
        }

        return text.ToString();
    }

    /// <summary>Turns a builder method suffix such as <c>ScriptSrc</c> into a directive name such as <c>script-src</c>.</summary>
    private static string DirectiveName(string suffix)
    {
        var name = new StringBuilder();
        for (var i = 0; i < suffix.Length; i++)
        {
            if (i > 0 && char.IsUpper(suffix[i]))
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(suffix[i]));
        }

        return name.ToString();
    }

    private static IOperation Unwrap(IOperation operation)
    {
        operation = PipelineFactsCollector.Unwrap(operation);
        while (operation is IDelegateCreationOperation creation)
        {
            operation = PipelineFactsCollector.Unwrap(creation.Target);
        }

        return operation;
    }
}
