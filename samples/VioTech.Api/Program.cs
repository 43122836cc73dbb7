// A ticketing and payments API as the platform runs it: PostgreSQL through EF Core, JWT bearer
// auth, Serilog, Swagger, and a webhook that Wompi calls when a payment changes state. Every
// deliberate finding carries a comment that names its rule; the rest is what the rule pages
// recommend.
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console());

// VIO1303: query parameters (buyer e-mails, payment references) are logged in every environment.
builder.Services.AddDbContext<TicketsDb>(options =>
    options.UseNpgsql(builder.Configuration["DATABASE_URL"]).EnableSensitiveDataLogging());

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        // VIO1402: Supabase's signing keys could be fetched over plain HTTP.
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = builder.Configuration["SUPABASE_URL"] + "/auth/v1",
            ValidAudience = "authenticated",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["JWT_SECRET"] ?? string.Empty)),

            // VIO1401: an hour of clock skew keeps expired tokens valid for an hour.
            ClockSkew = TimeSpan.FromHours(1),
        };
    });
builder.Services.AddAuthorization();

builder.Services.AddCors(options =>
{
    // VIO1001: the default policy accepts every origin.
    options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().AllowAnyHeader());

    options.AddPolicy("checkout", policy => policy
        // VIO1003: a trailing slash never matches the Origin header a browser sends.
        .WithOrigins("https://tickets.viotech.co/")
        .AllowAnyHeader()
        .AllowAnyMethod());

    // VIO1004: the back-office front end is trusted over plain http.
    options.AddPolicy("backoffice", policy => policy.WithOrigins("http://admin.viotech.co").AllowAnyHeader());

    // VIO1002: every origin is reflected and cookies are allowed.
    options.AddPolicy("partners", policy => policy.SetIsOriginAllowed(_ => true).AllowCredentials());
});

// VIO1103: 30 days is below the one-year minimum, and Preload is set without IncludeSubDomains.
builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(30);
    options.Preload = true;
});

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

    // VIO1104: with both lists empty, any client can set X-Forwarded-For and X-Forwarded-Proto.
    options.KnownIPNetworks.Clear();
    options.KnownProxies.Clear();
});

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

app.UseSerilogRequestLogging();

// VIO1301: the developer exception page shows stack traces to every caller, in every environment.
app.UseDeveloperExceptionPage();

// VIO1302: QA uses Swagger UI in Staging, so it is served everywhere except Production.
if (!app.Environment.IsProduction())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

if (app.Environment.IsDevelopment())
{
    // VIO1101: HSTS is only enabled in Development, where it is useless, and never in production.
    app.UseHsts();

    // VIO1202: inline scripts without a nonce, and no object-src, base-uri or frame-ancestors.
    app.Use(async (context, next) =>
    {
        context.Response.Headers.ContentSecurityPolicy = "script-src 'self' 'unsafe-inline'";
        await next(context);
    });
}

// VIO1201: the printable receipts in wwwroot are served as pages, but no Content-Security-Policy is set.
app.UseStaticFiles();

// VIO1102: the pipeline never calls UseHttpsRedirection(), and no proxy is declared to redirect.
app.UseAuthentication();

// VIO1104: forwarded headers are applied after authentication, which already saw the proxy's scheme.
app.UseForwardedHeaders();

app.UseAuthorization();

// VIO1005: CORS runs after authorization, so preflight requests are rejected first.
app.UseCors();

var tickets = app.MapGroup("/tickets").RequireAuthorization();

tickets.MapGet("/", async (TicketsDb db, CancellationToken cancellationToken) =>
    await db.Tickets.AsNoTracking().OrderBy(ticket => ticket.Id).Take(100).ToListAsync(cancellationToken));

tickets.MapGet("/{id:int}", async (int id, TicketsDb db, CancellationToken cancellationToken) =>
    await db.Tickets.FindAsync(new object[] { id }, cancellationToken) is { } ticket ? Results.Ok(ticket) : Results.NotFound());

tickets.MapPost("/", async (NewTicket request, TicketsDb db, HttpResponse response, CancellationToken cancellationToken) =>
{
    var ticket = new Ticket { EventName = request.EventName, Seat = request.Seat, PriceInCents = request.PriceInCents };
    db.Tickets.Add(ticket);
    await db.SaveChangesAsync(cancellationToken);

    // VIO1403: SameSite=None without Secure; browsers reject the cookie or send it over plain HTTP.
    response.Cookies.Append("checkout_ticket", ticket.Id.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.None });
    return Results.Created($"/tickets/{ticket.Id}", ticket);
})
    .RequireCors("checkout");

app.MapPost("/payments", async (NewPayment request, TicketsDb db, CancellationToken cancellationToken) =>
{
    var payment = new Payment { TicketId = request.TicketId, Reference = Guid.NewGuid().ToString("N"), Status = "PENDING" };
    db.Payments.Add(payment);
    await db.SaveChangesAsync(cancellationToken);
    return Results.Accepted($"/payments/{payment.Reference}", payment);
})
    .RequireAuthorization()
    // VIO1006: the policy is called "checkout"; "checkout-web" is never defined.
    .RequireCors("checkout-web");

app.MapGet("/payments/{reference}", async (string reference, TicketsDb db, CancellationToken cancellationToken) =>
    await db.Payments.AsNoTracking().FirstOrDefaultAsync(payment => payment.Reference == reference, cancellationToken) is { } payment
        ? Results.Ok(payment)
        : Results.NotFound())
    .RequireAuthorization()
    .RequireCors("backoffice");

// Wompi signs each event with SHA-256 over the listed properties, the timestamp and the events secret.
app.MapPost("/webhooks/wompi", async (HttpRequest request, TicketsDb db, IConfiguration configuration, ILogger<Program> logger, CancellationToken cancellationToken) =>
{
    using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
    var root = document.RootElement;
    // VIO4202: viotech.env.json does not declare WOMPI_EVENTS_SECRET and no settings file sets it.
    if (!WompiSignature.IsValid(root, configuration["WOMPI_EVENTS_SECRET"]))
    {
        logger.LogWarning("Rejected a Wompi event with an invalid signature");
        return Results.Unauthorized();
    }

    var transaction = root.GetProperty("data").GetProperty("transaction");
    var reference = transaction.GetProperty("reference").GetString();
    var payment = await db.Payments.FirstOrDefaultAsync(item => item.Reference == reference, cancellationToken);
    if (payment is null)
    {
        logger.LogWarning("Wompi event for unknown payment {PaymentReference}", reference);
        return Results.Ok();
    }

    payment.Status = transaction.GetProperty("status").GetString() ?? payment.Status;
    await db.SaveChangesAsync(cancellationToken);
    logger.LogInformation("Payment {PaymentReference} is now {PaymentStatus}", payment.Reference, payment.Status);
    return Results.Ok();
})
    .RequireCors("partners");

// VIO1501: the platform probes /status, which is not a health-check route, and no MapHealthChecks exists.
app.MapGet("/status", () => Results.Ok());

// VIO1101, VIO1102, VIO1201, VIO1203 (no nosniff, Referrer-Policy or frame protection), VIO1501
// and VIO1502 (no exception handler outside Development) are reported here, once for the pipeline.
app.Run();

internal sealed record NewTicket(string EventName, string Seat, long PriceInCents);

internal sealed record NewPayment(int TicketId);

internal sealed class Ticket
{
    public int Id { get; set; }

    public string EventName { get; set; } = string.Empty;

    public string Seat { get; set; } = string.Empty;

    public long PriceInCents { get; set; }
}

internal sealed class Payment
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public string Reference { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;
}

internal sealed class TicketsDb(DbContextOptions<TicketsDb> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<Payment> Payments => Set<Payment>();
}

internal static class WompiSignature
{
    /// <summary>
    /// Checks the <c>signature.checksum</c> of a Wompi event: SHA-256 (hex) of the values named in
    /// <c>signature.properties</c>, then <c>timestamp</c>, then the events secret, concatenated.
    /// </summary>
    public static bool IsValid(JsonElement root, string? eventsSecret)
    {
        if (string.IsNullOrEmpty(eventsSecret)
            || !root.TryGetProperty("signature", out var signature)
            || !signature.TryGetProperty("checksum", out var checksum)
            || !signature.TryGetProperty("properties", out var properties)
            || !root.TryGetProperty("timestamp", out var timestamp))
        {
            return false;
        }

        var text = new StringBuilder();
        foreach (var path in properties.EnumerateArray())
        {
            var value = root.GetProperty("data");
            foreach (var part in (path.GetString() ?? string.Empty).Split('.'))
            {
                value = value.GetProperty(part);
            }

            text.Append(value.ToString());
        }

        text.Append(timestamp.ToString()).Append(eventsSecret);
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected.ToLowerInvariant()),
            Encoding.ASCII.GetBytes((checksum.GetString() ?? string.Empty).ToLowerInvariant()));
    }
}
