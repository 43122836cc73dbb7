using System.Threading.Tasks;
using VioTech.Analyzers.Authentication;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Authentication;

public sealed class VIO1403InsecureCookieTests
{
    [Fact]
    public async Task InsecureSettings_AreReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Authentication.Cookies;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthentication().AddCookie(options =>
            {
                {|VIO1403:options.Cookie.HttpOnly = false|};
                {|VIO1403:options.Cookie.SecurePolicy = CookieSecurePolicy.None|};
            });
            var app = builder.Build();
            app.MapGet("/cart", (HttpResponse response) =>
                response.Cookies.Append("cart", "1", new CookieOptions { {|VIO1403:Secure = false|}, {|VIO1403:SameSite = SameSiteMode.None|} }));
            app.Run();
            """;

        await Verify<VIO1403InsecureCookieAnalyzer>.AnalyzerAsync(source);
    }

    [Fact]
    public async Task SecureSettings_AreNotReported()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSession(options =>
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.None;
                options.Cookie.HttpOnly = true;
            });
            var app = builder.Build();
            app.MapGet("/cart", (HttpResponse response) =>
            {
                response.Cookies.Append("cart", "1", new CookieOptions { Secure = true, SameSite = SameSiteMode.None, HttpOnly = true });
                response.Cookies.Append("theme", "dark", new CookieOptions { Secure = true, HttpOnly = false });
            });
            app.Run();
            """;

        await Verify<VIO1403InsecureCookieAnalyzer>.AnalyzerAsync(source);
    }
}
