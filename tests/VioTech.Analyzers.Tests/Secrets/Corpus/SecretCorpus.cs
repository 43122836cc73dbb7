using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace VioTech.Analyzers.Tests.Secrets.Corpus;

/// <summary>
/// Builds the labelled corpus from a seed: provider credentials embedded in every literal form the
/// rules must see, generic credentials, connection strings, literal crypto keys, and hard negatives
/// (GUIDs, hashes, base64 images, public keys, placeholders, configuration keys, UI text, test-only
/// constants). Fake credentials are generated here, so none sits whole in the repository.
/// </summary>
internal static class SecretCorpus
{
    public const int Seed = 20261204;

    private const string Live = "VIO2001";
    private const string Generic = "VIO2002";
    private const string ConnectionString = "VIO2003";
    private const string CryptoKey = "VIO2004";
    private const string TestMode = "VIO2005";

    public static IReadOnlyList<CorpusSample> Build()
    {
        var fake = new FakeSecrets(Seed);
        var samples = new List<CorpusSample>();
        AddProviderPositives(fake, samples);
        AddGenericPositives(fake, samples);
        AddConnectionStringPositives(fake, samples);
        AddCryptoKeyPositives(fake, samples);
        AddHardNegatives(fake, samples);
        return samples;
    }

    private static void AddProviderPositives(FakeSecrets fake, List<CorpusSample> samples)
    {
        var providers = new (string Group, string Rule, Func<string> Make)[]
        {
            ("aws", Live, fake.AwsAccessKeyId),
            ("github", Live, fake.GitHubClassic),
            ("github", Live, fake.GitHubOAuth),
            ("github", Live, fake.GitHubApp),
            ("github", Live, fake.GitHubFineGrained),
            ("gitlab", Live, fake.GitLab),
            ("slack", Live, fake.SlackBot),
            ("slack", Live, fake.SlackUser),
            ("slack", Live, fake.SlackWebhook),
            ("stripe", Live, fake.StripeLive),
            ("stripe", Live, fake.StripeRestricted),
            ("stripe", Live, fake.StripeWebhook),
            ("stripe-test", TestMode, fake.StripeTest),
            ("stripe-test", TestMode, fake.StripeRestrictedTest),
            ("google", Live, fake.GoogleApiKey),
            ("google", Live, fake.GoogleClientSecret),
            ("sendgrid", Live, fake.SendGrid),
            ("twilio", Live, fake.TwilioApiKey),
            ("npm", Live, fake.Npm),
            ("azure", Live, fake.AzureStorageConnectionString),
            ("azure", Live, fake.AzureSasUrl),
            ("sentry", Live, fake.SentryOrgToken),
            ("sentry", Live, fake.SentryUserToken),
            ("supabase", Live, () => fake.SupabaseJwt("service" + "_role")),
            ("supabase", Live, fake.SupabaseSecret),
            ("supabase", Live, fake.SupabaseAccessToken),
            ("resend", Live, fake.Resend),
            ("wompi", Live, () => fake.Wompi("prv" + "_prod_")),
            ("wompi", Live, () => fake.Wompi("prod" + "_integrity_")),
            ("wompi", Live, () => fake.Wompi("prod" + "_events_")),
            ("wompi-test", TestMode, () => fake.Wompi("prv" + "_test_")),
            ("wompi-test", TestMode, () => fake.Wompi("test" + "_integrity_")),
            ("wompi-test", TestMode, () => fake.Wompi("test" + "_events_")),
        };

        foreach (var (group, rule, make) in providers)
        {
            for (var form = 0; form < 10; form++)
            {
                var value = make();
                samples.Add(new CorpusSample($"{group}-{samples.Count}", group, rule, Embed(value, form, samples.Count)));
            }
        }

        // Private keys, which span lines, and the prefix-less formats recognised beside their names.
        var labels = new[] { "RSA ", "EC ", "OPENSSH ", "", "ENCRYPTED " };
        for (var i = 0; i < 10; i++)
        {
            var label = labels[i % labels.Length];
            var code = (i % 3) switch
            {
                0 => $"static class Pem{samples.Count} {{ public const string Key = \"{fake.PrivateKeyPem(label, "\\n")}\"; }}",
                1 => $"static class Pem{samples.Count} {{ public const string Key = @\"{fake.PrivateKeyPem(label, "\n")}\"; }}",
                _ => $"static class Pem{samples.Count}\n{{\n    public const string Key = \"\"\"\n{fake.PrivateKeyPem(label, "\n")}\n\"\"\";\n}}",
            };
            samples.Add(new CorpusSample($"private-key-{samples.Count}", "private-key", Live, code));
        }

        for (var i = 0; i < 10; i++)
        {
            var code = i % 2 == 0
                ? $"static class Aws{samples.Count} {{ public static readonly string AwsSecretAccessKey = \"{fake.AwsSecretAccessKey()}\"; }}"
                : $"static class Aws{samples.Count} {{ public const string Credentials = \"[default]\\naws_secret_access_key = {fake.AwsSecretAccessKey()}\\n\"; }}";
            samples.Add(new CorpusSample($"aws-secret-{samples.Count}", "aws", Live, code));
        }

        for (var i = 0; i < 5; i++)
        {
            samples.Add(new CorpusSample(
                $"twilio-token-{samples.Count}", "twilio", Live,
                $"static class Twilio{samples.Count} {{ public static readonly string TwilioAuthToken = \"{fake.TwilioAuthToken()}\"; }}"));
        }
    }

    /// <summary>Places a credential in one of ten literal forms; every form is one that VIO2001 and VIO2005 must see.</summary>
    private static string Embed(string value, int form, int index)
    {
        var cut = value.Length / 2;
        return form switch
        {
            0 => $"static class C{index} {{ public const string Value = \"{value}\"; }}",
            1 => $"static class C{index} {{ public static void Send(System.Net.Http.HttpClient client) => client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer {value}\"); }}",
            2 => $"static class C{index} {{ public static readonly string ApiKey = @\"{value}\"; }}",
            3 => $"static class C{index} {{ public static string Key() => \"\"\"{value}\"\"\"; }}",
            4 => $"static class C{index} {{ public static string Header(string user) => $\"user={{user}};key={value}\"; }}",
            5 => $"static class C{index}\n{{\n    // Rotated on Monday, was: {value}\n    public static void Run() {{ }}\n}}",
            6 => $"static class C{index} {{ public static string Key() => \"{value.Substring(0, cut)}\" + \"{value.Substring(cut)}\"; }}",
            7 => $"static class C{index} {{ public static System.Collections.Generic.Dictionary<string, string> Settings() => new() {{ [\"Provider:Key\"] = \"{value}\" }}; }}",
            8 => $"static class C{index} {{ [System.ComponentModel.Description(\"{value}\")] public static void Run() {{ }} }}",
            _ => $"static class C{index} {{ public static System.ReadOnlySpan<byte> Key() => \"{value}\"u8; }}",
        };
    }

    private static void AddGenericPositives(FakeSecrets fake, List<CorpusSample> samples)
    {
        var names = new[] { "SmtpPassword", "DbPassword", "ClientSecret", "JwtSecret", "ApiKey", "AuthToken", "WebhookSecret", "AdminPwd", "PrivateKey", "AccessToken" };
        for (var i = 0; i < 40; i++)
        {
            var name = names[i % names.Length];
            var value = i % 2 == 0 ? fake.Password() : fake.Alnum(24 + fake.Next(16));
            var index = samples.Count;
            var code = (i / names.Length) switch
            {
                0 => $"sealed class G{index} {{ public string {name} {{ get; set; }} = \"{value}\"; }}",
                1 => $"static class G{index} {{ public static object Build() => new System.Collections.Generic.Dictionary<string, string> {{ [\"Mail:{name}\"] = \"{value}\" }}; }}",
                2 => $"static class G{index} {{ public static object Build() => new {{ {name} = \"{value}\" }}; }}",
                _ => $"static class G{index} {{ public static bool Check(string {char.ToLowerInvariant(name[0]) + name.Substring(1)}) => {char.ToLowerInvariant(name[0]) + name.Substring(1)} == \"{value}\"; }}",
            };
            samples.Add(new CorpusSample($"generic-{index}", "generic", Generic, code));
        }

        for (var i = 0; i < 10; i++)
        {
            var index = samples.Count;
            samples.Add(new CorpusSample(
                $"generic-{index}", "generic", Generic,
                $"static class G{index} {{ public static System.Net.NetworkCredential Login() => new(\"tickets\", \"{fake.Password()}\"); }}"));
        }
    }

    private static void AddConnectionStringPositives(FakeSecrets fake, List<CorpusSample> samples)
    {
        var hosts = new[] { "db.tickets.example.com", "aws-0-us-east-1.pooler.supabase.com", "10.0.4.17", "sql-prod.internal", "tickets.postgres.database.azure.com" };
        for (var i = 0; i < 15; i++)
        {
            var index = samples.Count;
            var host = hosts[i % hosts.Length];
            var password = fake.Password();
            var code = (i % 3) switch
            {
                0 => $"static class D{index} {{ public const string Db = \"Host={host};Port=5432;Database=tickets;Username=app;Password={password};SSL Mode=Require\"; }}",
                1 => $"static class D{index} {{ public const string Db = @\"Server={host};Database=Tickets;User Id=app;Pwd={password};Encrypt=true\"; }}",
                _ => $"static class D{index} {{ public static string Db(string db) => $\"Server={host};Database={{db}};User Id=app;Password='{password}'\"; }}",
            };
            samples.Add(new CorpusSample($"connection-{index}", "connection-string", ConnectionString, code));
        }

        var schemes = new[] { "postgresql", "postgres", "mysql", "mongodb+srv", "redis", "amqps", "https", "smtp" };
        for (var i = 0; i < 16; i++)
        {
            var index = samples.Count;
            var url = $"{schemes[i % schemes.Length]}://app_user:{fake.Alnum(12 + fake.Next(12))}@{hosts[i % hosts.Length]}:6543/tickets";
            samples.Add(new CorpusSample($"connection-{index}", "connection-string", ConnectionString, $"static class U{index} {{ public const string Url = \"{url}\"; }}"));
        }
    }

    private static void AddCryptoKeyPositives(FakeSecrets fake, List<CorpusSample> samples)
    {
        for (var i = 0; i < 24; i++)
        {
            var index = samples.Count;
            var key = fake.Alnum(32 + fake.Next(32));
            var code = (i % 6) switch
            {
                0 => $"static class K{index} {{ public static object Key() => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(\"{key}\")); }}",
                1 => $"static class K{index} {{ public static byte[] Sign(byte[] data) => System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.ASCII.GetBytes(\"{key}\"), data); }}",
                2 => $"static class K{index} {{ public static System.Security.Cryptography.HMAC Create() => new System.Security.Cryptography.HMACSHA512(System.Convert.FromBase64String(\"{Convert.ToBase64String(Encoding.ASCII.GetBytes(key))}\")); }}",
                3 => $"static class K{index} {{ public static void Set(System.Security.Cryptography.Aes aes) => aes.Key = System.Convert.FromHexString(\"{fake.Hex(64)}\"); }}",
                4 => $"static class K{index} {{ private static readonly byte[] Material = System.Text.Encoding.UTF8.GetBytes(\"{key}\"); public static object Key() => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Material); }}",
                _ => $"static class K{index} {{ public static System.Security.Cryptography.HMAC Create() => new System.Security.Cryptography.HMACSHA256(new byte[] {{ {string.Join(", ", Enumerable.Range(0, 16).Select(_ => fake.Next(256)))} }}); }}",
            };
            samples.Add(new CorpusSample($"crypto-{index}", "crypto-key", CryptoKey, code));
        }
    }

    private static void AddHardNegatives(FakeSecrets fake, List<CorpusSample> samples)
    {
        void Negative(string group, string code, bool inTestProject = false) =>
            samples.Add(new CorpusSample($"negative-{group}-{samples.Count}", group, null, code, inTestProject));

        var idNames = new[] { "ClientId", "TenantId", "CorrelationId", "Value", "ApiKeyId", "TokenId" };
        for (var i = 0; i < 30; i++)
        {
            Negative("guid", $"static class N{samples.Count} {{ public const string {idNames[i % idNames.Length]} = \"{new Guid(Bytes(fake, 16))}\"; }}");
        }

        for (var i = 0; i < 30; i++)
        {
            var data = Encoding.UTF8.GetBytes(fake.Alnum(20));
            var hash = (i % 3) switch
            {
                0 => Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant(),
                1 => Convert.ToHexString(SHA1.HashData(data)).ToLowerInvariant(),
                _ => Convert.ToHexString(MD5.HashData(data)).ToLowerInvariant(),
            };
            var name = new[] { "Checksum", "CommitSha", "ETag", "ContentHash", "PasswordHash" }[i % 5];
            Negative("hash", $"static class N{samples.Count} {{ public const string {name} = \"{hash}\"; }}");
        }

        for (var i = 0; i < 15; i++)
        {
            Negative("base64-image", $"static class N{samples.Count} {{ public const string Logo = \"data:image/png;base64,{Convert.ToBase64String(Bytes(fake, 96 + fake.Next(200)))}\"; }}");
        }

        for (var i = 0; i < 10; i++)
        {
            Negative("base64", $"static class N{samples.Count} {{ public static readonly string Nonce = \"{Convert.ToBase64String(Bytes(fake, 16))}\"; public static readonly string Thumbprint = \"{Convert.ToHexString(Bytes(fake, 20))}\"; }}");
        }

        var publicValues = new (string Group, Func<string> Make)[]
        {
            ("public-supabase-anon", () => fake.SupabaseJwt("anon")),
            ("public-supabase-publishable", fake.SupabasePublishable),
            ("public-wompi", () => fake.Wompi(fake.Next(2) == 0 ? "pub" + "_prod_" : "pub" + "_test_")),
            ("public-stripe", () => fake.StripePublishable(fake.Next(2) == 0)),
            ("public-sentry-dsn", () => "https://" + fake.Hex(32) + "@o" + fake.Digits(6) + ".ingest.us.sentry.io/" + fake.Digits(7)),
        };
        foreach (var (group, make) in publicValues)
        {
            for (var i = 0; i < 12; i++)
            {
                var name = new[] { "AnonKey", "PublicKey", "PublishableKey", "Dsn", "ApiKey", "Key" }[i % 6];
                Negative(group, $"static class N{samples.Count} {{ public const string {name} = \"{make()}\"; }}");
            }
        }

        // A user's JWT is not a provider key, so VIO2001 stays quiet. Under a credential name VIO2002
        // would rightly report it, so these samples use the names such tokens have in tests and docs.
        for (var i = 0; i < 10; i++)
        {
            Negative("public-supabase-authenticated", $"static class N{samples.Count} {{ public const string SampleUserJwt = \"{fake.SupabaseJwt("authenticated")}\"; }}");
        }

        var placeholders = new[]
        {
            "changeme", "<your-api-key>", "${JWT_SECRET}", "%DB_PASSWORD%", "xxxxxxxxxxxx", "************", "TODO", "",
            "your-secret-here", "{{ secrets.API_TOKEN }}", "#{StripeKey}#", "__SMTP_PASSWORD__", "REPLACE_ME", "sk_live_...",
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "re_xxxxxxxxx", "prv_prod_<private-key>", "dummy-token", "example-password", "<password>",
        };
        var credentialNames = new[] { "Password", "ApiKey", "ClientSecret", "JwtSecret", "Token", "WompiPrivateKey", "ResendApiKey", "StripeSecretKey" };
        for (var i = 0; i < 40; i++)
        {
            var value = placeholders[i % placeholders.Length];
            Negative("placeholder", $"static class N{samples.Count} {{ public const string {credentialNames[i % credentialNames.Length]} = \"{value}\"; }}");
        }

        var configurationKeys = new[]
        {
            "Jwt:Secret", "Jwt:SigningKey", "Resend:ApiKey", "Wompi:PrivateKey", "Supabase:ServiceRoleKey", "ConnectionStrings:Default",
            "JWT_SECRET", "SUPABASE_SERVICE_ROLE_KEY", "RESEND_API_KEY", "WOMPI_PRIVATE_KEY", "Stripe__SecretKey", "Smtp:Password",
        };
        for (var i = 0; i < 24; i++)
        {
            var key = configurationKeys[i % configurationKeys.Length];
            var code = i < 12
                ? $"static class N{samples.Count} {{ public const string SecretKey = \"{key}\"; }}"
                : $"static class N{samples.Count} {{ public static string? Read(Microsoft.Extensions.Configuration.IConfiguration configuration) => configuration[\"{key}\"] ?? System.Environment.GetEnvironmentVariable(\"{key}\"); }}";
            Negative("configuration-key", code);
        }

        var texts = new[]
        {
            "Enter your password", "Password is required", "The token has expired", "Ingresa tu contraseña", "La contraseña es obligatoria",
            "Tu sesión expiró, inicia sesión de nuevo", "Invalid API key", "Secret rotated successfully", "Contraseña incorrecta",
            "Use at least 12 characters", "Forgot password?", "¿Olvidaste tu contraseña?",
        };
        for (var i = 0; i < 24; i++)
        {
            var name = new[] { "PasswordPrompt", "Password", "TokenExpired", "PasswordRequired", "ApiKeyInvalid", "Secret" }[i % 6];
            Negative("ui-text", $"static class N{samples.Count} {{ public const string {name} = \"{texts[i % texts.Length]}\"; }}");
        }

        var testNames = new[] { "TestPassword", "FakeApiKey", "ClientSecret", "JwtSecret", "Token" };
        for (var i = 0; i < 20; i++)
        {
            Negative("test-constant", $"static class TestData{samples.Count} {{ public const string {testNames[i % testNames.Length]} = \"{fake.Password()}\"; }}", inTestProject: true);
        }

        for (var i = 0; i < 15; i++)
        {
            var token = fake.GitHubClassic();
            var broken = token.Substring(0, token.Length - 1) + (token[^1] == 'A' ? 'B' : 'A');
            Negative("github-bad-checksum", $"static class N{samples.Count} {{ public const string Value = \"{broken}\"; }}");
        }

        var ids = new Func<string>[]
        {
            () => "cus_" + fake.Alnum(14), () => "pi_" + fake.Alnum(24), () => "ch_" + fake.Alnum(24), () => "AC" + fake.Hex(32),
            () => "C0" + fake.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9), () => "re_render_" + fake.Chars("abcdefghijklmnopqrstuvwxyz", 12),
            () => "#" + fake.Hex(6), () => "sha256-" + Convert.ToBase64String(Bytes(fake, 32)), () => "1." + fake.Digits(2) + "." + fake.Digits(4),
            () => "https://github.com/viotech/tickets/commit/" + fake.Hex(40),
        };
        for (var i = 0; i < 30; i++)
        {
            Negative("identifier", $"static class N{samples.Count} {{ public const string Value = \"{ids[i % ids.Length]()}\"; }}");
        }

        var safeConnections = new[]
        {
            "Host=localhost;Username=postgres;Password=postgres", "Server=(localdb)\\\\mssqllocaldb;Database=Tickets;Trusted_Connection=True",
            "Host=db.example.com;Username=app;Password=${DB_PASSWORD}", "Host=db.example.com;Username=app;Password={0}",
            "Server=sql.example.com;Database=Tickets;Integrated Security=true", "postgresql://app@db.example.com/tickets",
            "postgres://postgres:postgres@localhost:5432/tickets", "redis://127.0.0.1:6379", "amqp://guest:guest@localhost:5672",
            "Host=db.example.com;Username=app;Password=;",
        };
        for (var i = 0; i < 20; i++)
        {
            Negative("safe-connection", $"static class N{samples.Count} {{ public const string Db = \"{safeConnections[i % safeConnections.Length]}\"; }}");
        }

        for (var i = 0; i < 5; i++)
        {
            Negative("interpolated-connection", $"static class N{samples.Count} {{ public static string Db(string password) => $\"Host=db{i}.example.com;Username=app;Password={{password}}\"; }}");
        }

        var safeCrypto = new[]
        {
            "public static object Key(Microsoft.Extensions.Configuration.IConfiguration c) => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(c[\"Jwt:SigningKey\"]!));",
            "public static System.Security.Cryptography.HMAC Create() => new System.Security.Cryptography.HMACSHA256(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));",
            "public static byte[] Hash(byte[] data) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(\"tickets-v1\"));",
            "public static void Iv(System.Security.Cryptography.Aes aes) => aes.IV = new byte[16];",
            "public static System.Security.Cryptography.HMAC Create(byte[] key) => new System.Security.Cryptography.HMACSHA256(key);",
        };
        for (var i = 0; i < 10; i++)
        {
            Negative("safe-crypto", $"static class N{samples.Count} {{ {safeCrypto[i % safeCrypto.Length]} }}");
        }

        Negative("public-key", "static class PublicKeys { public const string Pem = \"-----BEGIN PUBLIC KEY-----\\n" + Convert.ToBase64String(Bytes(fake, 270)) + "\\n-----END PUBLIC KEY-----\"; }");
        Negative("public-key", "static class Certificates { public const string Pem = \"-----BEGIN CERTIFICATE-----\\n" + Convert.ToBase64String(Bytes(fake, 600)) + "\\n-----END CERTIFICATE-----\"; }");
        Negative("public-key", "static class PemDocs { public const string Pem = \"-----BEGIN " + "PRIVATE" + " KEY-----\\n...\\n-----END " + "PRIVATE" + " KEY-----\"; }");
        Negative("aws-example", "static class AwsDocs { public const string AccessKeyId = \"AK" + "IAIOSFODNN7EXAMPLE\"; }");
    }

    private static byte[] Bytes(FakeSecrets fake, int count)
    {
        var bytes = new byte[count];
        for (var i = 0; i < count; i++)
        {
            bytes[i] = (byte)fake.Next(256);
        }

        return bytes;
    }
}
