using System.Collections.Generic;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Service code of the kind the package analyses: a minimal-API program, a controller, services
/// with <c>ILogger&lt;T&gt;</c> and Serilog calls, options, configuration reads, data access and
/// string literals of every kind. <c>{{NAME}}</c> placeholders receive <see cref="FakeSecrets"/>.
/// </summary>
internal static class RealisticSources
{
    public static IReadOnlyList<(string Path, string Text)> All { get; } = new[]
    {
        ("Program.cs", FakeSecrets.Fill(Program)),
        ("TicketsController.cs", FakeSecrets.Fill(Controller)),
        ("PaymentService.cs", FakeSecrets.Fill(PaymentService)),
        ("Literals.cs", FakeSecrets.Fill(Literals)),
    };

    private const string Program = """"
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Cors.Infrastructure;
        using Microsoft.AspNetCore.HttpOverrides;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Serilog;

        Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
        var builder = WebApplication.CreateBuilder(args);
        var connectionString = builder.Configuration.GetConnectionString("Default")
            ?? Environment.GetEnvironmentVariable("DATABASE_URL")
            ?? "Host=db.example.supabase.co;Username=postgres;Password={{DATABASE_PASSWORD}}";
        builder.Services.Configure<PaymentOptions>(builder.Configuration.GetSection(PaymentOptions.Section));
        builder.Services.AddCors(options =>
        {
            options.AddPolicy("public", policy => policy.AllowAnyOrigin().AllowAnyMethod());
            options.AddPolicy("tickets", policy => policy.WithOrigins("https://tickets.example.com", "*").AllowCredentials());
            options.AddPolicy("predicate", policy => policy.SetIsOriginAllowed(_ => true));
        });
        builder.Services.AddHsts(options => { options.MaxAge = TimeSpan.FromDays(365); options.IncludeSubDomains = true; });
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.All);
        builder.Services.AddScoped<PaymentService>();

        var app = builder.Build();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
            app.UseCors(policy => policy.AllowAnyOrigin());
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseForwardedHeaders();
        app.UseHttpsRedirection();
        app.UseCors("tickets");
        app.MapGet("/health", () => Results.Ok(new { status = "ok", at = DateTimeOffset.UtcNow }));
        app.MapPost("/payments/{id:guid}", async (Guid id, PaymentService payments, ILogger<PaymentService> logger, CancellationToken ct) =>
        {
            logger.LogInformation("Payment {PaymentId} requested", id);
            logger.LogInformation($"Payment {id} requested at {DateTime.UtcNow:O}");
            return await payments.ChargeAsync(id, 125_000m, ct) ? Results.Accepted() : Results.BadRequest();
        }).RequireCors("tickets");
        app.MapGroup("/admin").MapGet("/config", (IConfiguration configuration) => configuration["Jwt:Secret"]);
        Log.Information("Started with {Connection}", connectionString);
        app.Run();
        """";

    private const string Controller = """"
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        namespace Tickets.Api.Controllers;

        [ApiController]
        [Route("api/[controller]")]
        public sealed class TicketsController : ControllerBase
        {
            private const string SigningKey = "{{JWT_SECRET}}";
            private readonly ILogger<TicketsController> logger;
            private readonly TicketStore store;

            public TicketsController(ILogger<TicketsController> logger, TicketStore store)
            {
                this.logger = logger;
                this.store = store;
            }

            [HttpGet("{id:int}")]
            [ProducesResponseType(typeof(Ticket), 200)]
            public async Task<ActionResult<Ticket>> Get(int id)
            {
                var ticket = await store.FindAsync(id);
                if (ticket is null)
                {
                    logger.LogWarning("Ticket {TicketId} not found", id);
                    return NotFound();
                }

                logger.LogDebug("Ticket " + id + " served to " + User?.Identity?.Name);
                return ticket;
            }

            [Authorize(Roles = "admin")]
            [HttpPost]
            public IActionResult Create([FromBody] Ticket ticket)
            {
                try
                {
                    store.Add(ticket with { Code = $"T-{ticket.Id:D6}" });
                    Response.Cookies.Append("last", ticket.Code, new Microsoft.AspNetCore.Http.CookieOptions { HttpOnly = false, Secure = false });
                    return CreatedAtAction(nameof(Get), new { id = ticket.Id }, ticket);
                }
                catch (System.Exception exception)
                {
                    logger.LogError(exception, "Creating ticket failed: {Message}", exception.Message);
                    return Problem(exception.ToString());
                }
            }
        }

        public sealed record Ticket(int Id, string Code, decimal Price, string? Holder);

        public sealed class TicketStore
        {
            private readonly Dictionary<int, Ticket> tickets = new();

            public Task<Ticket?> FindAsync(int id) => Task.FromResult(tickets.TryGetValue(id, out var t) ? t : null);

            public void Add(Ticket ticket) => tickets[ticket.Id] = ticket;

            public IEnumerable<Ticket> Query(string holder) =>
                FromSql($"SELECT * FROM tickets WHERE holder = '{holder}'");

            private IEnumerable<Ticket> FromSql(string sql) => System.Array.Empty<Ticket>();
        }
        """";

    private const string PaymentService = """"
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Serilog;

        public sealed class PaymentOptions
        {
            public const string Section = "Wompi";
            public string PrivateKey { get; set; } = "{{WOMPI_PRIVATE_KEY}}";
            public Uri BaseUrl { get; set; } = new("https://sandbox.wompi.co/v1/");
            public int TimeoutSeconds { get; init; } = 30;
        }

        public sealed class PaymentService
        {
            private static readonly HttpClient Client = new();
            private readonly ILogger<PaymentService> logger;
            private readonly PaymentOptions options;

            public PaymentService(ILogger<PaymentService> logger, IOptions<PaymentOptions> options)
            {
                this.logger = logger;
                this.options = options.Value;
            }

            public async Task<bool> ChargeAsync(Guid id, decimal amount, CancellationToken cancellationToken)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, "transactions"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.PrivateKey);
                logger.LogInformation("Charging {Amount} for {PaymentId} with key {Key}", amount, id, options.PrivateKey);
                Log.ForContext<PaymentService>().Information("Charge {@Request}", new { id, amount });
                Log.Warning($"Charging {amount} with {options.PrivateKey}");
                var resend = "{{RESEND_API_KEY}}";
                var serviceRole = "{{SUPABASE_SERVICE_ROLE_KEY}}";
                var dsn = "https://{{SENTRY_KEY}}@o450123.ingest.sentry.io/5501234";
                using var response = await Client.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    logger.Log(LogLevel.Error, "Charge failed with {Status} ({Length} chars of key)", (int)response.StatusCode, resend.Length + serviceRole.Length + dsn.Length);
                    return false;
                }

                return true;
            }
        }
        """";

    private const string Literals = """"
        using System;

        namespace Tickets.Api;

        internal static class Literals
        {
            public const string Plain = "https://api.resend.com/emails";
            public const string Verbatim = @"C:\secrets\{{JWT_SECRET}}";
            public const string Raw = """
                { "Jwt": { "Secret": "{{JWT_SECRET}}" }, "Resend": "{{RESEND_API_KEY}}" }
                """;
            public static readonly string Interpolated = $"postgresql://postgres:{{DATABASE_PASSWORD}}@db.example.supabase.co:{5432}/postgres";
            public static readonly string RawInterpolated = $$"""
                {"amount": {{1000 * 100}}, "currency": "COP", "reference": "{{Guid.NewGuid()}}"}
                """;
            public static ReadOnlySpan<byte> Utf8 => "prv_test_utf8"u8;
            public const char Quote = '"';
            public static readonly string Concatenated = "eyJhbGciOiJIUzI1NiJ9" + "." + "payload" + "." + "signature";
            public static readonly string Multiline = @"line one
        line ""two""
        line three";
        }
        """";
}
