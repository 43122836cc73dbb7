using System;
using System.Collections.Immutable;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core.Secrets;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// Options of the secret rules, read from <c>.editorconfig</c> or <c>.globalconfig</c>:
/// <list type="bullet">
/// <item><c>viotech_secrets_allow_pattern</c>: a regular expression; matching values are not reported.</item>
/// <item><c>viotech_secrets_generic_in_tests</c>: <c>true</c> to run VIO2002 in test projects (default <c>false</c>).</item>
/// <item><c>viotech_secrets_credential_words</c>: comma-separated extra words that mark credential names for VIO2002.</item>
/// </list>
/// </summary>
internal sealed class SecretAnalyzerOptions
{
    public const string AllowPatternKey = "viotech_secrets_allow_pattern";
    public const string GenericInTestsKey = "viotech_secrets_generic_in_tests";
    public const string CredentialWordsKey = "viotech_secrets_credential_words";

    private static readonly SecretAnalyzerOptions Default = new(null, false, Array.Empty<string>());

    private readonly Regex? allowPattern;

    private SecretAnalyzerOptions(Regex? allowPattern, bool genericInTests, IReadOnlyCollection<string> credentialWords)
    {
        this.allowPattern = allowPattern;
        GenericInTests = genericInTests;
        CredentialWords = credentialWords;
    }

    public bool GenericInTests { get; }

    public IReadOnlyCollection<string> CredentialWords { get; }

    /// <summary>Decides whether a value matches the user's allow pattern; a timeout counts as not allowed.</summary>
    public bool IsAllowed(string value)
    {
        if (allowPattern is null)
        {
            return false;
        }

        try
        {
            return allowPattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Options per syntax tree, parsed once per compilation. One instance lives for one
    /// compilation-start action and is dropped with it.
    /// </summary>
    internal sealed class Cache
    {
        private readonly AnalyzerOptions options;
        private readonly ConcurrentDictionary<SyntaxTree, SecretAnalyzerOptions> byTree = new();

        public Cache(AnalyzerOptions options, Compilation compilation)
        {
            this.options = options;
            IsTestProject = compilation.ReferencedAssemblyNames.Any(identity => TestFrameworkAssemblies.Contains(identity.Name));
        }

        /// <summary>Whether the compilation references a unit test framework.</summary>
        public bool IsTestProject { get; }

        private static readonly ImmutableHashSet<string> TestFrameworkAssemblies = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
            "MSTest.TestFramework", "TUnit.Core");

        public SecretAnalyzerOptions Get(SyntaxTree tree) => byTree.GetOrAdd(tree, Read);

        private SecretAnalyzerOptions Read(SyntaxTree tree)
        {
            var treeOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            var globalOptions = options.AnalyzerConfigOptionsProvider.GlobalOptions;

            string? Value(string key) =>
                treeOptions.TryGetValue(key, out var value) || globalOptions.TryGetValue(key, out value) ? value : null;

            var pattern = Value(AllowPatternKey);
            var genericInTests = string.Equals(Value(GenericInTestsKey)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            var words = (Value(CredentialWordsKey) ?? string.Empty)
                .Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word.Trim())
                .Where(word => word.Length > 0)
                .ToArray();
            if (pattern is null && !genericInTests && words.Length == 0)
            {
                return Default;
            }

            return new SecretAnalyzerOptions(ParsePattern(pattern), genericInTests, words);
        }

        private static Regex? ParsePattern(string? pattern)
        {
            if (string.IsNullOrWhiteSpace(pattern))
            {
                return null;
            }

            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant, SecretRule.MatchTimeout);
            }
            catch (ArgumentException)
            {
                // NOTE: an invalid pattern is ignored without a warning, so it allows nothing. The rule pages state this.
                return null;
            }
        }
    }
}
