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

    // Configuration files (MSBuild task).
    public const string TaskFailed = "VIO4000";
    public const string InvalidSettingsJson = "VIO4001";

    // Environment manifest (MSBuild task).

    // Code and configuration (analyzers).

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
