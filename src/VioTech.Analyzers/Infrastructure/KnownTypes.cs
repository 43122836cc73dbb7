namespace VioTech.Analyzers.Infrastructure;

/// <summary>Metadata names of framework and library types the analyzers look for.</summary>
internal static class KnownTypes
{
    public const string CorsPolicyBuilder = "Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder";
    public const string MelLoggerExtensions = "Microsoft.Extensions.Logging.LoggerExtensions";
    public const string MelILogger = "Microsoft.Extensions.Logging.ILogger";
    public const string HostEnvironmentEnvExtensions = "Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions";
}
