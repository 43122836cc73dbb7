var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCors(options =>
    options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().AllowAnyHeader())); // VIO1001

var app = builder.Build();

app.UseCors();
app.MapGet("/health", () => Results.Ok());

app.Run();
