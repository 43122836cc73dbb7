using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class CredentialDetectorTests
{
    private static readonly FakeSecrets Fake = new(7);

    [Theory]
    [InlineData("smtpPassword", CredentialKind.Password)]
    [InlineData("DB_PWD", CredentialKind.Password)]
    [InlineData("clientSecret", CredentialKind.Secret)]
    [InlineData("Jwt:Secret", CredentialKind.Secret)]
    [InlineData("apiKey", CredentialKind.ApiKey)]
    [InlineData("x-api-key", CredentialKind.ApiKey)]
    [InlineData("PrivateKey", CredentialKind.Key)]
    [InlineData("authToken", CredentialKind.Token)]
    public void KindOf_CredentialNames_AreRecognised(string name, CredentialKind kind)
    {
        Assert.Equal(kind, CredentialNames.KindOf(name));
    }

    [Theory]
    [InlineData("passwordLabel")]
    [InlineData("tokenUrl")]
    [InlineData("secretName")]
    [InlineData("isPasswordValid")]
    [InlineData("PasswordKey")]
    [InlineData("keyboard")]
    [InlineData("passThrough")]
    [InlineData("monkey")]
    public void KindOf_OtherNames_AreNotCredentials(string name)
    {
        Assert.Null(CredentialNames.KindOf(name));
    }

    [Fact]
    public void Evaluate_RealLookingValues_AreFound()
    {
        Assert.NotNull(CredentialDetector.Evaluate("smtpPassword", Fake.Password()));
        Assert.NotNull(CredentialDetector.Evaluate("Jwt:Secret", Fake.Alnum(48)));
        Assert.NotNull(CredentialDetector.Evaluate("apiKey", Fake.Hex(32)));
        Assert.NotNull(CredentialDetector.Evaluate("password", "hunter2!"));
    }

    [Theory]
    [InlineData("password", "")]
    [InlineData("password", "changeme")]
    [InlineData("password", "<your-password>")]
    [InlineData("password", "${DB_PASSWORD}")]
    [InlineData("password", "%DB_PASSWORD%")]
    [InlineData("password", "xxxxxxxx")]
    [InlineData("password", "********")]
    [InlineData("password", "TODO: set me")]
    [InlineData("jwtSecret", "Jwt:Secret")]
    [InlineData("jwtSecret", "JWT_SECRET")]
    [InlineData("passwordPrompt", "Enter your password")]
    [InlineData("password", "Enter your password")]
    [InlineData("password", "Password")]
    [InlineData("apiKey", "api_key")]
    [InlineData("password", "Password1")]
    [InlineData("token", "Bearer")]
    [InlineData("clientSecret", "ClientSecret")]
    [InlineData("password", "123456")]
    public void Evaluate_PlaceholdersAndText_AreNotFound(string name, string value)
    {
        Assert.Null(CredentialDetector.Evaluate(name, value));
    }

    [Fact]
    public void Evaluate_PublicAndProviderValues_AreLeftToOtherRules()
    {
        Assert.Null(CredentialDetector.Evaluate("anonKey", Fake.SupabaseJwt("anon")));
        Assert.Null(CredentialDetector.Evaluate("apiKey", Fake.Resend()));
    }

    [Fact]
    public void Evaluate_ExtraWords_ExtendTheNames()
    {
        var value = Fake.Alnum(24);

        Assert.Null(CredentialDetector.Evaluate("pinCode", value));
        Assert.NotNull(CredentialDetector.Evaluate("pinCode", value, new[] { "pin" }));
    }

    [Theory]
    [InlineData("smtpPassword", null, "SMTP_PASSWORD", "Smtp:Password")]
    [InlineData("Password", "SmtpOptions", "SMTP_PASSWORD", "Smtp:Password")]
    [InlineData("ApiKey", "ResendClient", "RESEND_API_KEY", "Resend:ApiKey")]
    [InlineData("_jwtSigningKey", "AuthService", "JWT_SIGNING_KEY", "Jwt:SigningKey")]
    [InlineData("clientSecret", null, "CLIENT_SECRET", "ClientSecret")]
    public void Conventional_Names_FollowTheSymbol(string name, string? qualifier, string environment, string configuration)
    {
        var (actualEnvironment, actualConfiguration) = CredentialNames.Conventional(name, qualifier);

        Assert.Equal(environment, actualEnvironment);
        Assert.Equal(configuration, actualConfiguration);
    }
}
