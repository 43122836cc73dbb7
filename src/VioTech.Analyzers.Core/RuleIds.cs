namespace VioTech.Analyzers.Core;

/// <summary>Diagnostic ids, named by what they report. Every id here has an entry in <see cref="RuleCatalog"/>.</summary>
public static class RuleIds
{
    // Web pipeline: CORS.
    public const string CorsAnyOrigin = "VIO1001";

    // Web pipeline: transport, HTTPS and HSTS.

    // Web pipeline: headers and CSP.

    // Web pipeline: production hardening.

    // Web pipeline: tokens and cookies.

    // Web pipeline: observability.

    // Secrets.
    public const string ProviderSecretInSource = "VIO2001";

    // Logging.
    public const string LogMessageNotConstantTemplate = "VIO3001";
    public const string LogTemplateArgumentMismatch = "VIO3002";
    public const string ConsoleOutputInService = "VIO3003";
    public const string ExceptionNotLoggedAsException = "VIO3004";
    public const string PlaceholderNaming = "VIO3005";
    public const string SensitiveValueLogged = "VIO3006";

    // Configuration files (MSBuild task).
    public const string InvalidSettingsJson = "VIO4001";

    // Environment manifest (MSBuild task).

    // Code and configuration (analyzers).
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
}
