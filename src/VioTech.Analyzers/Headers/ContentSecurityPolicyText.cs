using System;
using System.Collections.Generic;
using System.Linq;

namespace VioTech.Analyzers.Headers;

/// <summary>A parsed <c>Content-Security-Policy</c> value: directive names (lower case) and their source tokens.</summary>
internal sealed class ContentSecurityPolicyText
{
    private static readonly string[] HashPrefixes = { "'nonce-", "'sha256-", "'sha384-", "'sha512-" };

    private ContentSecurityPolicyText(Dictionary<string, string[]> directives)
    {
        Directives = directives;
    }

    public IReadOnlyDictionary<string, string[]> Directives { get; }

    public static ContentSecurityPolicyText Parse(string value)
    {
        var directives = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in value.Split(';'))
        {
            var tokens = part.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            // The first occurrence of a directive wins; browsers ignore repeats.
            var name = tokens[0].ToLowerInvariant();
            if (!directives.ContainsKey(name))
            {
                directives[name] = tokens.Skip(1).ToArray();
            }
        }

        return new ContentSecurityPolicyText(directives);
    }

    /// <summary>Returns each weakness as a resource name of its reason and the reason's argument.</summary>
    public IEnumerable<(string Reason, string Argument)> Weaknesses()
    {
        var scripts = Directives.TryGetValue("script-src", out var scriptSources) ? scriptSources
            : Directives.TryGetValue("default-src", out var defaultSources) ? defaultSources
            : null;
        if (scripts is null)
        {
            yield return ("VIO1202_Reason_MissingDirective", "script-src");
        }
        else
        {
            var hasNonceOrHash = scripts.Any(token => HashPrefixes.Any(prefix => token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
            if (!hasNonceOrHash && scripts.Any(token => Is(token, "'unsafe-inline'")))
            {
                yield return ("VIO1202_Reason_UnsafeInline", string.Empty);
            }

            if (scripts.Any(token => Is(token, "'unsafe-eval'")))
            {
                yield return ("VIO1202_Reason_UnsafeEval", string.Empty);
            }

            foreach (var token in scripts.Where(token => Is(token, "*") || Is(token, "http:") || Is(token, "data:") || token.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            {
                yield return ("VIO1202_Reason_BroadSource", token);
            }
        }

        // object-src falls back to default-src; base-uri and frame-ancestors have no fallback.
        if (!Directives.ContainsKey("object-src") && !Directives.ContainsKey("default-src"))
        {
            yield return ("VIO1202_Reason_MissingDirective", "object-src");
        }

        foreach (var directive in new[] { "base-uri", "frame-ancestors" })
        {
            if (!Directives.ContainsKey(directive))
            {
                yield return ("VIO1202_Reason_MissingDirective", directive);
            }
        }
    }

    private static bool Is(string token, string expected) => string.Equals(token, expected, StringComparison.OrdinalIgnoreCase);
}
