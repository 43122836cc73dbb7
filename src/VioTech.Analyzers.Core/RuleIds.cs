namespace VioTech.Analyzers.Core;

/// <summary>Diagnostic ids, named by what they report. Every id here has an entry in <see cref="RuleCatalog"/>.</summary>
public static class RuleIds
{
    // Web pipeline: CORS.
    public const string CorsAnyOrigin = "VIO1001";
    public const string CorsAnyOriginWithCredentials = "VIO1002";
    public const string CorsOriginNeverMatches = "VIO1003";
    public const string CorsOriginInsecureScheme = "VIO1004";
    public const string CorsMiddlewareMissingOrMisplaced = "VIO1005";
    public const string CorsPolicyNotDefined = "VIO1006";

    // Web pipeline: transport, HTTPS and HSTS.
    public const string HstsNotEnabled = "VIO1101";
    public const string HttpsRedirectionNotEnabled = "VIO1102";
    public const string HstsWeakSettings = "VIO1103";
    public const string ForwardedHeadersMisconfigured = "VIO1104";

    // Web pipeline: headers and CSP.
    public const string ContentSecurityPolicyMissing = "VIO1201";
    public const string ContentSecurityPolicyWeak = "VIO1202";
    public const string BaselineSecurityHeadersMissing = "VIO1203";
    public const string ContentSecurityPolicyMissingInApi = "VIO1204";

    // Web pipeline: production hardening.
    public const string DeveloperErrorPagesOutsideDevelopment = "VIO1301";
    public const string ApiExplorerUiOutsideDevelopment = "VIO1302";
    public const string EfCoreDiagnosticsOutsideDevelopment = "VIO1303";

    // Web pipeline: tokens and cookies.
    public const string JwtValidationDisabled = "VIO1401";
    public const string HttpsMetadataNotRequired = "VIO1402";
    public const string InsecureCookie = "VIO1403";

    // Web pipeline: observability.
    public const string HealthCheckEndpointMissing = "VIO1501";
    public const string ExceptionHandlerMissing = "VIO1502";

    // Secrets.
    public const string ProviderSecretInSource = "VIO2001";
    public const string HardCodedCredential = "VIO2002";
    public const string PasswordInConnectionString = "VIO2003";
    public const string HardCodedCryptographicKey = "VIO2004";
    public const string TestModeProviderKey = "VIO2005";

    // Logging.
    public const string LogMessageNotConstantTemplate = "VIO3001";
    public const string LogTemplateArgumentMismatch = "VIO3002";
    public const string ConsoleOutputInService = "VIO3003";
    public const string ExceptionNotLoggedAsException = "VIO3004";
    public const string PlaceholderNaming = "VIO3005";
    public const string SensitiveValueLogged = "VIO3006";

    // Configuration files (MSBuild task).
    public const string TaskFailed = "VIO4000";
    public const string InvalidConfigurationSyntax = "VIO4001";
    public const string ProviderSecretInConfiguration = "VIO4002";
    public const string DuplicateSettingsKey = "VIO4003";
    public const string UnsafeProductionSetting = "VIO4004";
    public const string UnknownOverrideKey = "VIO4005";
    public const string DatabaseConnectionWithoutTls = "VIO4006";
    public const string CredentialInSettings = "VIO4007";

    // Environment manifest (MSBuild task).
    public const string InvalidEnvironmentManifest = "VIO4101";
    public const string RequiredVariableWithoutSource = "VIO4102";
    public const string SecretVariableLiteral = "VIO4103";
    public const string EnvFileProblem = "VIO4104";
    public const string EnvironmentVariableInvalid = "VIO4105";

    // Code and configuration (analyzers).
    public const string EnvironmentVariableNotDeclared = "VIO4201";
    public const string ConfigurationKeyNotFound = "VIO4202";
    public const string OptionsValueBreaksAnnotations = "VIO4203";

    // Baseline and suppressions.
    public const string BaselineSuppressor = "VIO4901";
    public const string StaleBaselineEntry = "VIO4902";
    public const string ExpiredSuppression = "VIO4903";
}

/// <summary>Stable rule categories, one per area.</summary>
public static class Categories
{
    public const string Cors = "VioTech.Cors";
    public const string Transport = "VioTech.Transport";
    public const string Headers = "VioTech.Headers";
    public const string Hardening = "VioTech.Hardening";
    public const string Authentication = "VioTech.Authentication";
    public const string Observability = "VioTech.Observability";
    public const string Secrets = "VioTech.Secrets";
    public const string Logging = "VioTech.Logging";
    public const string Configuration = "VioTech.Configuration";
    public const string Baseline = "VioTech.Baseline";
}
