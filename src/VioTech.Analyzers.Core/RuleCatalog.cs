using System;
using System.Collections.Generic;
using System.Linq;

namespace VioTech.Analyzers.Core;

/// <summary>
/// The one registry of every diagnostic the package reports, analyzer and task rules alike.
/// Ids are <c>VIO</c> plus four digits: 1xxx web pipeline, 2xxx secrets, 3xxx logging,
/// 4xxx configuration and environment. Titles and messages live in the resources of the assembly
/// that reports the rule; a test keeps registry, resources, pages and release tracking in step.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Base of every help link; each rule page is <c>{HelpBaseUri}{Id}.md</c>.</summary>
    public const string HelpBaseUri = "https://github.com/viotech/viotech-analyzers/blob/main/docs/rules/";

    /// <summary>Analysis level of the first release; levels name the release that introduced a rule.</summary>
    public const string FirstLevel = "1.0";

    /// <summary>Analysis level that always means every rule of the installed package.</summary>
    public const string LatestLevel = "latest";

    private const EffectiveSeverity Off = EffectiveSeverity.None;
    private const EffectiveSeverity Suggestion = EffectiveSeverity.Suggestion;
    private const EffectiveSeverity Warn = EffectiveSeverity.Warning;
    private const EffectiveSeverity Error = EffectiveSeverity.Error;

    private static readonly RuleInfo[] Rules =
    {
        // Web pipeline: CORS (VIO10xx).
        Analyzer(RuleIds.CorsAnyOrigin, Categories.Cors, RuleSeverity.Warning, Off, Warn, Warn, "CWE-942", "OWASP-A05"),
        Analyzer(RuleIds.CorsAnyOriginWithCredentials, Categories.Cors, RuleSeverity.Warning, Error, Error, Error, "CWE-942", "OWASP-A05"),
        Analyzer(RuleIds.CorsOriginNeverMatches, Categories.Cors, RuleSeverity.Warning, Off, Warn, Warn, "CWE-942"),
        Analyzer(RuleIds.CorsOriginInsecureScheme, Categories.Cors, RuleSeverity.Warning, Off, Warn, Warn, "CWE-319", "OWASP-A02"),
        Analyzer(RuleIds.CorsMiddlewareMissingOrMisplaced, Categories.Cors, RuleSeverity.Warning, Off, Warn, Warn, "CWE-942", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.CorsPolicyNotDefined, Categories.Cors, RuleSeverity.Warning, Off, Warn, Warn, "OWASP-A05", "CompilationEnd"),

        // Web pipeline: transport, HTTPS and HSTS (VIO11xx).
        Analyzer(RuleIds.HstsNotEnabled, Categories.Transport, RuleSeverity.Warning, Off, Warn, Warn, "CWE-319", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.HttpsRedirectionNotEnabled, Categories.Transport, RuleSeverity.Warning, Off, Warn, Warn, "CWE-319", "OWASP-A02", "CompilationEnd"),
        Analyzer(RuleIds.HstsWeakSettings, Categories.Transport, RuleSeverity.Info, Off, Suggestion, Warn, "CWE-319", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.ForwardedHeadersMisconfigured, Categories.Transport, RuleSeverity.Warning, Off, Warn, Warn, "CWE-348", "OWASP-A05", "CompilationEnd"),

        // Web pipeline: headers and CSP (VIO12xx).
        Analyzer(RuleIds.ContentSecurityPolicyMissing, Categories.Headers, RuleSeverity.Warning, Off, Warn, Warn, "CWE-693", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.ContentSecurityPolicyWeak, Categories.Headers, RuleSeverity.Warning, Off, Warn, Warn, "CWE-693", "OWASP-A05"),
        Analyzer(RuleIds.BaselineSecurityHeadersMissing, Categories.Headers, RuleSeverity.Info, Off, Suggestion, Warn, "CWE-693", "CWE-1021", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.ContentSecurityPolicyMissingInApi, Categories.Headers, RuleSeverity.Info, Off, Suggestion, Warn, "CWE-693", "OWASP-A05", "CompilationEnd"),

        // Web pipeline: production hardening (VIO13xx).
        Analyzer(RuleIds.DeveloperErrorPagesOutsideDevelopment, Categories.Hardening, RuleSeverity.Warning, Off, Warn, Warn, "CWE-209", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.ApiExplorerUiOutsideDevelopment, Categories.Hardening, RuleSeverity.Info, Off, Suggestion, Warn, "CWE-200", "OWASP-A05", "CompilationEnd"),
        Analyzer(RuleIds.EfCoreDiagnosticsOutsideDevelopment, Categories.Hardening, RuleSeverity.Warning, Off, Warn, Warn, "CWE-532", "OWASP-A09"),

        // Web pipeline: tokens and cookies (VIO14xx).
        Analyzer(RuleIds.JwtValidationDisabled, Categories.Authentication, RuleSeverity.Warning, Off, Warn, Warn, "CWE-347", "OWASP-A07"),
        Analyzer(RuleIds.HttpsMetadataNotRequired, Categories.Authentication, RuleSeverity.Warning, Off, Warn, Warn, "CWE-319", "OWASP-A02"),
        Analyzer(RuleIds.InsecureCookie, Categories.Authentication, RuleSeverity.Warning, Off, Warn, Warn, "CWE-614", "CWE-1004", "OWASP-A05"),

        // Web pipeline: observability (VIO15xx).
        Analyzer(RuleIds.HealthCheckEndpointMissing, Categories.Observability, RuleSeverity.Info, Off, Suggestion, Warn, "CompilationEnd"),
        Analyzer(RuleIds.ExceptionHandlerMissing, Categories.Observability, RuleSeverity.Info, Off, Suggestion, Warn, "CWE-209", "OWASP-A05", "CompilationEnd"),

        // Secrets (VIO2xxx).
        Analyzer(RuleIds.ProviderSecretInSource, Categories.Secrets, RuleSeverity.Warning, Error, Error, Error, "CWE-798", "OWASP-A07"),
        Analyzer(RuleIds.HardCodedCredential, Categories.Secrets, RuleSeverity.Warning, Off, Warn, Warn, "CWE-798", "OWASP-A07"),
        Analyzer(RuleIds.PasswordInConnectionString, Categories.Secrets, RuleSeverity.Warning, Off, Warn, Warn, "CWE-259", "OWASP-A07"),
        Analyzer(RuleIds.HardCodedCryptographicKey, Categories.Secrets, RuleSeverity.Warning, Error, Error, Error, "CWE-321", "OWASP-A02"),
        Analyzer(RuleIds.TestModeProviderKey, Categories.Secrets, RuleSeverity.Warning, Off, Warn, Warn, "CWE-798", "OWASP-A07"),

        // Logging (VIO3xxx).
        Analyzer(RuleIds.LogMessageNotConstantTemplate, Categories.Logging, RuleSeverity.Warning, Off, Warn, Warn, "CWE-117", "OWASP-A09"),
        Analyzer(RuleIds.LogTemplateArgumentMismatch, Categories.Logging, RuleSeverity.Warning, Off, Warn, Warn, "CWE-628", "OWASP-A09"),
        Analyzer(RuleIds.ConsoleOutputInService, Categories.Logging, RuleSeverity.Info, Off, Suggestion, Suggestion, "CWE-778", "OWASP-A09"),
        Analyzer(RuleIds.ExceptionNotLoggedAsException, Categories.Logging, RuleSeverity.Warning, Off, Warn, Warn, "CWE-778", "OWASP-A09"),
        Analyzer(RuleIds.PlaceholderNaming, Categories.Logging, RuleSeverity.Info, Off, Suggestion, Suggestion),
        Analyzer(RuleIds.SensitiveValueLogged, Categories.Logging, RuleSeverity.Warning, Off, Warn, Warn, "CWE-532", "OWASP-A09"),

        // Configuration files, validated by the MSBuild task (VIO40xx).
        Task(RuleIds.TaskFailed, Categories.Configuration, RuleSeverity.Warning, Warn, Warn, Warn),
        Task(RuleIds.InvalidConfigurationSyntax, Categories.Configuration, RuleSeverity.Warning, Error, Error, Error, "CWE-1188"),
        Task(RuleIds.ProviderSecretInConfiguration, Categories.Configuration, RuleSeverity.Warning, Error, Error, Error, "CWE-798", "OWASP-A07"),
        Task(RuleIds.DuplicateSettingsKey, Categories.Configuration, RuleSeverity.Warning, Error, Error, Error, "CWE-1188"),
        Task(RuleIds.UnsafeProductionSetting, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn, "CWE-489", "CWE-532", "OWASP-A05"),
        Task(RuleIds.UnknownOverrideKey, Categories.Configuration, RuleSeverity.Info, Off, Suggestion, Suggestion),
        Task(RuleIds.DatabaseConnectionWithoutTls, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn, "CWE-319", "OWASP-A02"),
        Task(RuleIds.CredentialInSettings, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn, "CWE-798", "OWASP-A07"),

        // Environment manifest, validated by the MSBuild task (VIO41xx).
        Task(RuleIds.InvalidEnvironmentManifest, Categories.Configuration, RuleSeverity.Warning, Error, Error, Error),
        Task(RuleIds.RequiredVariableWithoutSource, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn, "CWE-1188"),
        Task(RuleIds.SecretVariableLiteral, Categories.Configuration, RuleSeverity.Warning, Error, Error, Error, "CWE-798", "OWASP-A07"),
        Task(RuleIds.EnvFileProblem, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn),
        Task(RuleIds.EnvironmentVariableInvalid, Categories.Configuration, RuleSeverity.Warning, Error, Error, Error),

        // Code and configuration, reported by analyzers (VIO42xx).
        Analyzer(RuleIds.EnvironmentVariableNotDeclared, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn, "CWE-1188"),
        Analyzer(RuleIds.ConfigurationKeyNotFound, Categories.Configuration, RuleSeverity.Info, Off, Suggestion, Warn),
        Analyzer(RuleIds.OptionsValueBreaksAnnotations, Categories.Configuration, RuleSeverity.Warning, Off, Warn, Warn, "CWE-665"),

        // Baseline and suppressions (VIO49xx): the baseline suppressor and the task checks of suppressions.
        Suppressor(RuleIds.BaselineSuppressor, Categories.Baseline),
        Task(RuleIds.StaleBaselineEntry, Categories.Baseline, RuleSeverity.Warning, Off, Warn, Warn),
        Task(RuleIds.ExpiredSuppression, Categories.Baseline, RuleSeverity.Warning, Off, Warn, Warn),
    };

    /// <summary>
    /// SDK rules that a VioTech rule covers, keyed by the SDK rule id. The presets turn the SDK rule
    /// off wherever the VioTech rule is on, so that one problem gives one diagnostic.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReplacedSdkRules { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["CA1727"] = RuleIds.PlaceholderNaming,
        ["CA2017"] = RuleIds.LogTemplateArgumentMismatch,
        ["CA2253"] = RuleIds.PlaceholderNaming,
        ["CA2254"] = RuleIds.LogMessageNotConstantTemplate,
    };

    private static readonly Dictionary<string, RuleInfo> ById =
        Rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } = Rules.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Every analysis level that <c>VioTechAnalysisLevel</c> accepts besides <c>latest</c>: the
    /// levels that introduced a rule, oldest first.
    /// </summary>
    public static IReadOnlyList<string> Levels { get; } = Rules.Select(rule => rule.SinceLevel)
        .Concat(new[] { FirstLevel })
        .Distinct(StringComparer.Ordinal)
        .OrderBy(level => new Version(level))
        .ToArray();

    /// <summary>Returns the rule with the given id, or throws when the id is not registered.</summary>
    public static RuleInfo Get(string id) =>
        ById.TryGetValue(id, out var rule)
            ? rule
            : throw new ArgumentException("No rule is registered with id '" + id + "'.", nameof(id));

    /// <summary>Looks a rule up by id without throwing.</summary>
    public static bool TryGet(string id, out RuleInfo rule) => ById.TryGetValue(id, out rule!);

    private static RuleInfo Analyzer(
        string id, string category, RuleSeverity defaultSeverity,
        EffectiveSeverity minimum, EffectiveSeverity recommended, EffectiveSeverity all,
        params string[] tags) =>
        new(id, category, RuleKind.Analyzer, defaultSeverity, minimum, recommended, all, FirstLevel, tags);

    /// <summary>
    /// Registers a <c>DiagnosticSuppressor</c>. It reports nothing itself, so its severities are
    /// <see cref="EffectiveSeverity.None"/> and the presets configure no severity for it.
    /// </summary>
    private static RuleInfo Suppressor(string id, string category, params string[] tags) =>
        new(id, category, RuleKind.Suppressor, RuleSeverity.Info, Off, Off, Off, FirstLevel, tags);

    private static RuleInfo Task(
        string id, string category, RuleSeverity defaultSeverity,
        EffectiveSeverity minimum, EffectiveSeverity recommended, EffectiveSeverity all,
        params string[] tags) =>
        new(id, category, RuleKind.Task, defaultSeverity, minimum, recommended, all, FirstLevel, tags);
}
