using System.ComponentModel.DataAnnotations;

namespace VioTech.Api.Findings;

/// <summary>Options of the ticket sales, bound to the "Ticketing" section of the settings files.</summary>
public sealed class TicketingOptions
{
    public const string SectionName = "Ticketing";

    // VIO4203: appsettings.json sets 50, outside this range.
    [Range(1, 10)]
    public int MaxTicketsPerOrder { get; set; } = 4;

    // VIO4203: appsettings.json sets "soporte", which is not an e-mail address.
    [Required, EmailAddress]
    public string SupportEmail { get; set; } = string.Empty;
}

/// <summary>
/// Deliberate findings of the code and configuration rules (VIO4201-VIO4203). They compare the code
/// with viotech.env.json and the appsettings files through the index the build writes into obj/.
/// </summary>
public static class ConfigurationFindings
{
    public static void AddTicketing(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TicketingOptions>()
            .Bind(configuration.GetSection(TicketingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }

    // VIO4201: a typo; the manifest declares JWT_SECRET, and the code fix writes it.
    public static string? SigningSecret() => Environment.GetEnvironmentVariable("JWT_SECRTE");

    // VIO4202: a typo; appsettings.json sets Jwt:Audience, and the code fix writes it.
    public static string? Audience(IConfiguration configuration) => configuration["Jwt:Audiense"];
}
