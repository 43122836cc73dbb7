using System;
using System.Linq;
using System.Text;

namespace VioTech.Analyzers.Benchmarks.Generation;

/// <summary>
/// The C# and settings templates of the synthetic service. Each template takes the unit index so
/// that every type name is unique; the code compiles without errors (it has warnings, and a few
/// deliberate VioTech findings, as real services do).
/// </summary>
internal static class SourceTemplates
{
    public static string Controller(int i) => $$"""
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        using Tickets.Core.Options;
        using Tickets.Core.Services;

        namespace Tickets.Api.Controllers;

        /// <summary>Sells and looks up tickets of event family {{i}}.</summary>
        [ApiController]
        [Route("api/events/{{i}}")]
        public sealed class Event{{i}}Controller : ControllerBase
        {
            private readonly Event{{i}}Service service;
            private readonly ILogger<Event{{i}}Controller> logger;

            public Event{{i}}Controller(Event{{i}}Service service, ILogger<Event{{i}}Controller> logger)
            {
                this.service = service;
                this.logger = logger;
            }

            [HttpGet("{id:int}")]
            public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
            {
                logger.LogInformation("Fetching event {EventId} in family {Family}", id, {{i}});
                var ticket = await service.FindAsync(id, cancellationToken);
                if (ticket is null)
                {
                    logger.LogWarning("Event {EventId} was not found", id);
                    return NotFound(new ProblemDetails { Title = "Not found", Detail = $"Event {id} does not exist." });
                }

                return Ok(ticket);
            }

            [HttpGet]
            public async Task<IActionResult> List([FromQuery] string? city, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
            {
                if (page < 1)
                {
                    return BadRequest("page must be 1 or more");
                }

                var items = await service.SearchAsync(city ?? string.Empty, page, cancellationToken);
                logger.LogDebug($"Listed {items.Count} events for {city} on page {page}");
                return Ok(new { page, items });
            }

            [Authorize(Policy = "organizer")]
            [HttpPost]
            public async Task<IActionResult> Create([FromBody] CreateEvent{{i}}Request request, CancellationToken cancellationToken)
            {
                if (string.IsNullOrWhiteSpace(request.Name))
                {
                    ModelState.AddModelError(nameof(request.Name), "A name is required.");
                    return ValidationProblem(ModelState);
                }

                try
                {
                    var id = await service.CreateAsync(request.Name, request.Price, request.Capacity, cancellationToken);
                    logger.LogInformation("Created event {EventId} named {Name} at {Price}", id, request.Name, request.Price);
                    return CreatedAtAction(nameof(Get), new { id }, null);
                }
                catch (InvalidOperationException exception)
                {
                    logger.LogError(exception, "Creating event {Name} failed", request.Name);
                    return Conflict(exception.Message);
                }
            }

            [HttpDelete("{id:int}")]
            public async Task<IActionResult> Cancel(int id, [FromHeader(Name = "X-Reason")] string? reason, CancellationToken cancellationToken)
            {
                var cancelled = await service.CancelAsync(id, reason ?? "unspecified", cancellationToken);
                logger.LogInformation("Cancel of {EventId} returned {Cancelled} because {Reason}", id, cancelled, reason);
                return cancelled ? NoContent() : NotFound();
            }
        }

        public sealed record CreateEvent{{i}}Request(string Name, decimal Price, int Capacity, string? Venue = null);

        """;

    public static string MinimalApi(int i) => $$"""
        using Microsoft.AspNetCore.Http.HttpResults;
        using Tickets.Core.Services;
        using Tickets.Payments.Clients;

        namespace Tickets.Api.Endpoints;

        /// <summary>Minimal-API endpoints of event family {{i}}.</summary>
        public static class Event{{i}}Endpoints
        {
            public static IEndpointRouteBuilder MapEvent{{i}}(this IEndpointRouteBuilder endpoints)
            {
                var group = endpoints.MapGroup("/v2/events/{{i}}").WithTags("events-{{i}}");
                group.MapGet("/", async (Event{{i}}Service service, int? page, CancellationToken ct) =>
                    Results.Ok(await service.SearchAsync(string.Empty, page ?? 1, ct)));
                group.MapGet("/{id:int}", GetAsync).WithName("GetEvent{{i}}");
                group.MapPost("/{id:int}/checkout", CheckoutAsync).RequireAuthorization();
                group.MapGet("/health", () => TypedResults.Ok(new { status = "ok", family = {{i}} }));
                return endpoints;
            }

            private static async Task<Results<Ok<Event{{i}}View>, NotFound>> GetAsync(int id, Event{{i}}Service service, CancellationToken ct)
            {
                var found = await service.FindAsync(id, ct);
                return found is null ? TypedResults.NotFound() : TypedResults.Ok(new Event{{i}}View(found.Id, found.Name, found.Price));
            }

            private static async Task<IResult> CheckoutAsync(
                int id,
                Checkout{{i}}Request request,
                Gateway{{i}}Client gateway,
                ILogger<Event{{i}}View> logger,
                CancellationToken ct)
            {
                if (request.Quantity is < 1 or > 10)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["quantity"] = new[] { "Between 1 and 10." } });
                }

                var reference = $"evt{{i}}-{id}-{Guid.NewGuid():N}";
                logger.LogInformation("Checkout {Reference} for {Quantity} tickets", reference, request.Quantity);
                var result = await gateway.ChargeAsync(reference, request.Quantity * 45_000m, request.Email, ct);
                return result.Approved ? Results.Accepted($"/v2/payments/{reference}", result) : Results.StatusCode(402);
            }
        }

        public sealed record Event{{i}}View(int Id, string Name, decimal Price);

        public sealed record Checkout{{i}}Request(int Quantity, string Email);

        """;

    public static string Service(int i) => $$""""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Serilog;
        using Tickets.Core.Options;
        using Tickets.Data.Entities;
        using Tickets.Data.Repositories;

        namespace Tickets.Core.Services;

        /// <summary>Business rules of event family {{i}}: pricing, capacity and cancellation.</summary>
        public sealed class Event{{i}}Service
        {
            private const string CacheKeyFormat = "event:{{i}}:{0}";
            private static readonly Serilog.ILogger Audit = Log.ForContext<Event{{i}}Service>();
            private readonly Event{{i}}Repository repository;
            private readonly ILogger<Event{{i}}Service> logger;
            private readonly Event{{i}}Options options;
            private readonly IConfiguration configuration;

            public Event{{i}}Service(Event{{i}}Repository repository, ILogger<Event{{i}}Service> logger, IOptions<Event{{i}}Options> options, IConfiguration configuration)
            {
                this.repository = repository;
                this.logger = logger;
                this.options = options.Value;
                this.configuration = configuration;
            }

            public Task<Event{{i}}Entity?> FindAsync(int id, CancellationToken cancellationToken) =>
                repository.FindAsync(id, cancellationToken);

            public async Task<IReadOnlyList<Event{{i}}Entity>> SearchAsync(string city, int page, CancellationToken cancellationToken)
            {
                var pageSize = configuration.GetValue<int>("Events:PageSize", 20);
                var region = configuration["Events:Region"] ?? "co";
                logger.LogDebug("Searching {City} in {Region}, page {Page} of size {PageSize}", city, region, page, pageSize);
                var items = await repository.SearchAsync(city, (page - 1) * pageSize, pageSize, cancellationToken);
                Audit.Information("Search {City} returned {Count} items", city, items.Count);
                return items;
            }

            public async Task<int> CreateAsync(string name, decimal price, int capacity, CancellationToken cancellationToken)
            {
                if (price < options.MinimumPrice || price > options.MaximumPrice)
                {
                    throw new InvalidOperationException($"Price {price:C} is outside {options.MinimumPrice}..{options.MaximumPrice}.");
                }

                if (capacity > options.MaximumCapacity)
                {
                    logger.LogWarning("Capacity {Capacity} capped at {Maximum}", capacity, options.MaximumCapacity);
                    capacity = options.MaximumCapacity;
                }

                var entity = new Event{{i}}Entity
                {
                    Name = name.Trim(),
                    Price = decimal.Round(price * (1 + options.ServiceFeeRate), 2),
                    Capacity = capacity,
                    Slug = string.Format(System.Globalization.CultureInfo.InvariantCulture, CacheKeyFormat, name.ToLowerInvariant().Replace(' ', '-')),
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                var id = await repository.AddAsync(entity, cancellationToken);
                Log.Information("Event {EventId} created by family {Family}", id, {{i}});
                Log.Debug("Raw settings: " + options.Currency + " " + options.ServiceFeeRate);
                return id;
            }

            public async Task<bool> CancelAsync(int id, string reason, CancellationToken cancellationToken)
            {
                var entity = await repository.FindAsync(id, cancellationToken);
                if (entity is null || entity.CancelledAt is not null)
                {
                    return false;
                }

                entity.CancelledAt = DateTimeOffset.UtcNow;
                entity.CancellationReason = reason.Length > 200 ? reason[..200] : reason;
                await repository.SaveAsync(cancellationToken);
                logger.LogInformation("Event {EventId} cancelled: {Reason}", id, reason);
                return true;
            }

            public string Describe(Event{{i}}Entity entity) => $"""
                {entity.Name} ({entity.Slug})
                Price: {entity.Price:N0} {options.Currency}, capacity {entity.Capacity}
                """;

            public static string Template => @"Dear {0},
        your tickets for event {1} are attached.
        Regards, ""Tickets""";
        }
        """";

    public static string Options(int i) => $$"""
        using System.ComponentModel.DataAnnotations;

        namespace Tickets.Core.Options;

        /// <summary>Options of event family {{i}}, bound from the "Events{{i}}" section.</summary>
        public sealed class Event{{i}}Options
        {
            public const string Section = "Events{{i}}";

            [Range(0, 10_000_000)]
            public decimal MinimumPrice { get; set; } = 1_000m;

            [Range(0, 10_000_000)]
            public decimal MaximumPrice { get; set; } = 2_000_000m;

            public int MaximumCapacity { get; set; } = 5_000;

            public decimal ServiceFeeRate { get; set; } = 0.08m;

            [Required]
            public string Currency { get; set; } = "COP";

            public Uri NotificationsUrl { get; set; } = new("https://api.resend.com/emails");

            public TimeSpan HoldDuration { get; set; } = TimeSpan.FromMinutes(10);
        }

        """;

    public static string Entity(int i) => $$"""
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;

        namespace Tickets.Data.Entities;

        [Table("events_{{i}}")]
        public sealed class Event{{i}}Entity
        {
            [Key]
            public int Id { get; set; }

            [MaxLength(200)]
            public string Name { get; set; } = string.Empty;

            [MaxLength(220)]
            public string Slug { get; set; } = string.Empty;

            [Column(TypeName = "numeric(12,2)")]
            public decimal Price { get; set; }

            public int Capacity { get; set; }

            public string? City { get; set; }

            public DateTimeOffset CreatedAt { get; set; }

            public DateTimeOffset? CancelledAt { get; set; }

            public string? CancellationReason { get; set; }

            public List<Ticket{{i}}Entity> Tickets { get; set; } = new();
        }

        [Table("tickets_{{i}}")]
        public sealed class Ticket{{i}}Entity
        {
            public long Id { get; set; }

            public int EventId { get; set; }

            public string HolderEmail { get; set; } = string.Empty;

            public string Code { get; set; } = string.Empty;
        }

        """;

    public static string Repository(int i) => $$"""
        using Microsoft.EntityFrameworkCore;
        using Tickets.Data.Entities;

        namespace Tickets.Data.Repositories;

        /// <summary>EF Core data access of event family {{i}}.</summary>
        public sealed class Event{{i}}Repository
        {
            private readonly TicketsDbContext db;

            public Event{{i}}Repository(TicketsDbContext db) => this.db = db;

            public Task<Event{{i}}Entity?> FindAsync(int id, CancellationToken cancellationToken) =>
                db.Events{{i}}.AsNoTracking().Include(e => e.Tickets).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

            public async Task<IReadOnlyList<Event{{i}}Entity>> SearchAsync(string city, int skip, int take, CancellationToken cancellationToken)
            {
                var query = db.Events{{i}}.AsNoTracking().Where(e => e.CancelledAt == null);
                if (!string.IsNullOrEmpty(city))
                {
                    query = query.Where(e => e.City == city);
                }

                return await query.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
            }

            public Task<List<Event{{i}}Entity>> ByNameAsync(string name, CancellationToken cancellationToken) =>
                db.Events{{i}}.Where(e => EF.Functions.Like(e.Name, name + "%")).ToListAsync(cancellationToken);

            public async Task<int> AddAsync(Event{{i}}Entity entity, CancellationToken cancellationToken)
            {
                db.Events{{i}}.Add(entity);
                await db.SaveChangesAsync(cancellationToken);
                return entity.Id;
            }

            public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

            public Task<int> CountSoldAsync(int eventId, CancellationToken cancellationToken) =>
                db.Tickets{{i}}.CountAsync(t => t.EventId == eventId, cancellationToken);
        }

        """;

    public static string PaymentClient(int i) => $$""""
        using System.Net.Http.Headers;
        using System.Net.Http.Json;
        using System.Text.Json.Serialization;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;

        namespace Tickets.Payments.Clients;

        /// <summary>Client of the payment gateway used by event family {{i}}.</summary>
        public sealed class Gateway{{i}}Client
        {
            private readonly HttpClient http;
            private readonly ILogger<Gateway{{i}}Client> logger;
            private readonly string privateKey;

            public Gateway{{i}}Client(HttpClient http, ILogger<Gateway{{i}}Client> logger, IConfiguration configuration)
            {
                this.http = http;
                this.logger = logger;
                privateKey = configuration["Wompi:PrivateKey"] ?? Environment.GetEnvironmentVariable("WOMPI_PRIVATE_KEY") ?? string.Empty;
            }

            public async Task<ChargeResult> ChargeAsync(string reference, decimal amount, string email, CancellationToken ct)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "transactions")
                {
                    Content = JsonContent.Create(new
                    {
                        amount_in_cents = (long)(amount * 100),
                        currency = "COP",
                        customer_email = email,
                        reference,
                    }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", privateKey);
                logger.LogInformation("Charging {Reference} for {Amount}", reference, amount);
                using var response = await http.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadAsStringAsync(ct);
                    logger.LogWarning("Gateway rejected {Reference} with {Status}: {Body}", reference, (int)response.StatusCode, body);
                    return new ChargeResult(false, null);
                }

                var payload = await response.Content.ReadFromJsonAsync<GatewayResponse>(cancellationToken: ct);
                return new ChargeResult(payload?.Data?.Status == "APPROVED", payload?.Data?.Id);
            }

            public static string SignatureInput(string reference, long cents, string integrity) =>
                $"{reference}{cents}COP{integrity}";

            public static readonly string SandboxExample = """
                { "data": { "id": "{{i}}-1", "status": "APPROVED" } }
                """;

            private sealed record GatewayResponse([property: JsonPropertyName("data")] GatewayData? Data);

            private sealed record GatewayData([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("status")] string? Status);
        }

        """";

    public const string ChargeResult = """
        namespace Tickets.Payments.Clients;

        /// <summary>Outcome of a charge: whether the gateway approved it, and its transaction id.</summary>
        public sealed record ChargeResult(bool Approved, string? Id);

        """;

    public static string Program(int units)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using Microsoft.EntityFrameworkCore;");
        builder.AppendLine("using Serilog;");
        builder.AppendLine("using Tickets.Api.Endpoints;");
        builder.AppendLine("using Tickets.Core.Options;");
        builder.AppendLine("using Tickets.Core.Services;");
        builder.AppendLine("using Tickets.Data;");
        builder.AppendLine("using Tickets.Data.Repositories;");
        builder.AppendLine("using Tickets.Payments.Clients;");
        builder.AppendLine();
        builder.AppendLine("Log.Logger = new LoggerConfiguration().CreateLogger();");
        builder.AppendLine("var builder = WebApplication.CreateBuilder(args);");
        builder.AppendLine("builder.Services.AddControllers();");
        builder.AppendLine("builder.Services.AddDbContext<TicketsDbContext>(options => options.UseInMemoryDatabaseIfAvailable(builder.Configuration.GetConnectionString(\"Default\")));");
        builder.AppendLine("builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().AllowAnyHeader()));");
        builder.AppendLine("builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));");
        for (var i = 0; i < units; i++)
        {
            builder.AppendLine($"builder.Services.Configure<Event{i}Options>(builder.Configuration.GetSection(Event{i}Options.Section));");
            builder.AppendLine($"builder.Services.AddScoped<Event{i}Service>().AddScoped<Event{i}Repository>();");
            builder.AppendLine($"builder.Services.AddHttpClient<Gateway{i}Client>(client => client.BaseAddress = new Uri(\"https://production.wompi.co/v1/\"));");
        }

        builder.AppendLine("var app = builder.Build();");
        builder.AppendLine("if (!app.Environment.IsDevelopment())");
        builder.AppendLine("{");
        builder.AppendLine("    app.UseHsts();");
        builder.AppendLine("}");
        builder.AppendLine("app.UseHttpsRedirection();");
        builder.AppendLine("app.UseCors();");
        builder.AppendLine("app.MapControllers();");
        for (var i = 0; i < units; i++)
        {
            builder.AppendLine($"app.MapEvent{i}();");
        }

        builder.AppendLine("app.Run();");
        builder.AppendLine();
        builder.AppendLine("internal static class DbContextOptionsExtensions");
        builder.AppendLine("{");
        builder.AppendLine("    /// <summary>Stands in for a provider package, which the benchmark does not restore.</summary>");
        builder.AppendLine("    public static DbContextOptionsBuilder UseInMemoryDatabaseIfAvailable(this DbContextOptionsBuilder options, string? connectionString) => options;");
        builder.AppendLine("}");
        return builder.ToString();
    }

    public static string DbContext(int units)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using Microsoft.EntityFrameworkCore;");
        builder.AppendLine("using Tickets.Data.Entities;");
        builder.AppendLine();
        builder.AppendLine("namespace Tickets.Data;");
        builder.AppendLine();
        builder.AppendLine("public sealed class TicketsDbContext : DbContext");
        builder.AppendLine("{");
        builder.AppendLine("    public TicketsDbContext(DbContextOptions<TicketsDbContext> options) : base(options) { }");
        for (var i = 0; i < units; i++)
        {
            builder.AppendLine($"    public DbSet<Event{i}Entity> Events{i} => Set<Event{i}Entity>();");
            builder.AppendLine($"    public DbSet<Ticket{i}Entity> Tickets{i} => Set<Ticket{i}Entity>();");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    public static string AppSettings(int units)
    {
        var builder = new StringBuilder();
        builder.AppendLine("{");
        builder.AppendLine("  // Settings of the synthetic service; comments and trailing commas are accepted.");
        builder.AppendLine("  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\", \"Microsoft.AspNetCore\": \"Warning\" } },");
        builder.AppendLine("  \"ConnectionStrings\": { \"Default\": \"Host=localhost;Database=tickets;Username=app\" },");
        builder.AppendLine("  \"Events\": { \"PageSize\": 20, \"Region\": \"co\" },");
        for (var i = 0; i < units; i++)
        {
            builder.AppendLine($"  \"Events{i}\": {{ \"MinimumPrice\": 1000, \"MaximumPrice\": 2000000, \"Currency\": \"COP\", \"ServiceFeeRate\": 0.08 }},");
        }

        builder.AppendLine("  \"AllowedHosts\": \"*\",");
        builder.AppendLine("}");
        return builder.ToString();
    }

    public static string AppSettingsProduction() =>
        "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Wompi\": { \"PrivateKey\": \"\" },\n  \"Sentry\": { \"Dsn\": \"\" }\n}\n";

    public static string EnvFile()
    {
        // Values are random, generated at run time, so that no key-shaped string sits in the repository.
        var random = new Random(1234);
        string Pick(int length) => new(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray());
        return string.Join("\n", new[]
        {
            "DATABASE_URL=postgresql://postgres:" + Pick(20) + "@db." + Pick(20) + ".supabase.co:5432/postgres",
            "SUPABASE_URL=https://" + Pick(20) + ".supabase.co",
            "JWT_SECRET=" + Pick(48),
            "RESEND_API_KEY=re" + "_" + Pick(30),
            "WOMPI_PRIVATE_KEY=prv" + "_test_" + Pick(32),
            "SENTRY_DSN=https://" + Pick(32) + "@o1.ingest.sentry.io/1",
            string.Empty,
        });
    }
}
