namespace VioTech.Analyzers.Infrastructure;

/// <summary>
/// Keys of the package's <c>.editorconfig</c> and global config options. Every key starts with
/// <c>viotech.</c> and uses snake case, so that one scheme covers every area.
/// </summary>
internal static class AnalyzerOptionKeys
{
    /// <summary><c>true</c> when the service runs behind a reverse proxy or load balancer that terminates TLS.</summary>
    public const string BehindProxy = "viotech.behind_proxy";

    /// <summary><c>true</c> when that proxy already redirects plain HTTP requests to HTTPS.</summary>
    public const string ProxyRedirectsHttps = "viotech.proxy_redirects_https";

    /// <summary>Minimum HSTS <c>max-age</c>, in days, below which the setting counts as weak.</summary>
    public const string HstsMinMaxAgeDays = "viotech.hsts_min_max_age_days";

    /// <summary><c>true</c> to run the pipeline rules in test projects that build a <c>WebApplication</c>.</summary>
    public const string AnalyzeTestProjects = "viotech.analyze_test_projects";

    /// <summary>Kind of application when detection cannot tell: <c>api</c> or <c>pages</c>.</summary>
    public const string ApplicationKind = "viotech.application_kind";

    /// <summary>Comma-separated request paths that count as health-check endpoints.</summary>
    public const string HealthCheckPaths = "viotech.health_check_paths";

    /// <summary>Comma-separated environment variables that the platform sets, which VIO4201 and VIO4202 accept undeclared; a trailing <c>*</c> matches a prefix.</summary>
    public const string KnownEnvironmentVariables = "viotech.known_environment_variables";

    /// <summary><c>true</c> to report configuration reads (VIO4201, VIO4202) in test projects too.</summary>
    public const string ConfigurationReadsInTests = "viotech.configuration_reads_in_tests";
}
