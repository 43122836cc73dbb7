using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Secrets with the structure of the first users' providers, generated from a fixed seed at test
/// time so that no whole key sits in the repository. <see cref="Fill"/> puts them in the
/// <c>{{NAME}}</c> placeholders of the realistic sources.
/// </summary>
internal static class FakeSecrets
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Hex = "0123456789abcdef";

    /// <summary>Each secret with the length of its public prefix, which a diagnostic may show.</summary>
    public static IReadOnlyList<(string Name, string Value, int PublicPrefixLength)> All { get; } = Create();

    public static string Fill(string template)
    {
        foreach (var (name, value, _) in All)
        {
            template = template.Replace("{{" + name + "}}", value, StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>
    /// Returns the secret fragments that no output may contain: every window one character longer
    /// than a quarter of the secret, taken after its public prefix.
    /// </summary>
    public static IEnumerable<(string Name, string Fragment)> ForbiddenFragments()
    {
        foreach (var (name, value, prefix) in All)
        {
            var window = value.Length / 4 + 1;
            for (var start = prefix; start + window <= value.Length; start++)
            {
                yield return (name, value.Substring(start, window));
            }
        }
    }

    private static IReadOnlyList<(string, string, int)> Create()
    {
        var random = new Random(20_260_412);
        string Pick(string alphabet, int length) =>
            new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        string Base64Url(string json) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var projectRef = Pick("abcdefghijklmnopqrstuvwxyz", 20);
        var jwtHeader = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var servicePayload = Base64Url("{\"iss\":\"supabase\",\"ref\":\"" + projectRef + "\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2000000000}");
        var serviceRoleKey = jwtHeader + "." + servicePayload + "." + Pick(Alphanumeric + "-_", 43);
        return new List<(string, string, int)>
        {
            ("RESEND_API_KEY", "re" + "_" + Pick(Alphanumeric, 8) + "_" + Pick(Alphanumeric, 24), 3),
            ("WOMPI_PRIVATE_KEY", "prv" + "_prod_" + Pick(Alphanumeric, 32), 9),
            ("SUPABASE_SERVICE_ROLE_KEY", serviceRoleKey, 0),
            ("JWT_SECRET", Pick(Alphanumeric + "+/", 48), 0),
            ("DATABASE_PASSWORD", Pick(Alphanumeric, 24), 0),
            ("SENTRY_KEY", Pick(Hex, 32), 0),
        };
    }
}
