using System;
using System.Text;
using VioTech.Analyzers.Core.Secrets;

namespace VioTech.Analyzers.Tests.Secrets.Corpus;

/// <summary>
/// Generates fake credentials with valid structure (prefixes, lengths, alphabets, GitHub and npm
/// CRC32 checksums, decodable JWT claims) from a seed, so that no whole key ever sits in the
/// repository. Prefixes are written in two parts for the same reason.
/// </summary>
internal sealed class FakeSecrets
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UpperBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string UpperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string LowerHex = "0123456789abcdef";
    private const string Base64Url = Base62 + "-_";
    private const string Base64 = Base62 + "+/";

    private readonly Random random;

    public FakeSecrets(int seed)
    {
        random = new Random(seed);
    }

    public string Chars(string alphabet, int count)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    public string Alnum(int count) => Chars(Base62, count);

    public string Hex(int count) => Chars(LowerHex, count);

    public int Next(int max) => random.Next(max);

    public string AwsAccessKeyId() => "AK" + "IA" + Chars(UpperBase32, 16);

    public string AwsSecretAccessKey() => Chars(Base64, 40);

    public string GitHubClassic() => WithCrc32("gh" + "p_");

    public string GitHubOAuth() => WithCrc32("gh" + "o_");

    public string GitHubApp() => WithCrc32("gh" + "s_");

    public string GitHubFineGrained() => "github" + "_pat_" + Alnum(22) + "_" + Alnum(59);

    public string GitLab() => "gl" + "pat-" + Chars(Base64Url, 20);

    public string SlackBot() => "xo" + "xb-" + Digits(11) + "-" + Digits(12) + "-" + Alnum(24);

    public string SlackUser() => "xo" + "xp-" + Digits(11) + "-" + Digits(11) + "-" + Digits(12) + "-" + Hex(32);

    public string SlackWebhook() => "https://hooks.slack" + ".com/services/T" + Chars(UpperAlnum, 8) + "/B" + Chars(UpperAlnum, 10) + "/" + Alnum(24);

    public string StripeLive() => "sk" + "_live_" + Alnum(24 + random.Next(76));

    public string StripeRestricted() => "rk" + "_live_" + Alnum(24 + random.Next(76));

    public string StripeTest() => "sk" + "_test_" + Alnum(24 + random.Next(76));

    public string StripeRestrictedTest() => "rk" + "_test_" + Alnum(24 + random.Next(76));

    public string StripePublishable(bool live) => (live ? "pk" + "_live_" : "pk" + "_test_") + Alnum(24 + random.Next(76));

    public string StripeWebhook() => "wh" + "sec_" + Alnum(32);

    public string GoogleApiKey() => "AI" + "za" + Chars(Base64Url, 35);

    public string GoogleClientSecret() => "GOC" + "SPX-" + Chars(Base64Url, 28);

    public string SendGrid() => "S" + "G." + Chars(Base64Url, 22) + "." + Chars(Base64Url, 43);

    public string TwilioApiKey() => "S" + "K" + Hex(32);

    public string TwilioAuthToken() => Hex(32);

    public string Npm() => WithCrc32("np" + "m_");

    public string AzureStorageKey() => Convert.ToBase64String(Bytes(64));

    public string AzureStorageConnectionString() =>
        "DefaultEndpointsProtocol=https;AccountName=tickets" + Hex(6) + ";Account" + "Key=" + AzureStorageKey() + ";EndpointSuffix=core.windows.net";

    public string AzureSasUrl() =>
        "https://tickets" + Hex(6) + ".blob.core.windows.net/receipts?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&s" + "ig="
        + Uri.EscapeDataString(Convert.ToBase64String(Bytes(32)));

    public string PrivateKeyPem(string label, string newline)
    {
        var body = Convert.ToBase64String(Bytes(180));
        var text = new StringBuilder("-----BEGIN " + label + "PRIVATE" + " KEY-----" + newline);
        for (var i = 0; i < body.Length; i += 64)
        {
            text.Append(body, i, Math.Min(64, body.Length - i)).Append(newline);
        }

        return text.Append("-----END " + label + "PRIVATE" + " KEY-----").ToString();
    }

    public string SentryUserToken() => "sntr" + "yu_" + Hex(64);

    public string SentryOrgToken()
    {
        var payload = "{\"iat\":" + (1700000000 + random.Next(10000000)) + ",\"url\":\"https://sentry.io\",\"region_url\":\"https://us.sentry.io\",\"org\":\"tickets" + Hex(4) + "\"}";
        return "sntr" + "ys_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)) + "_" + Chars(Base64Url, 43);
    }

    public string SupabaseJwt(string role)
    {
        var header = Encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var payload = Encode("{\"iss\":\"supabase\",\"ref\":\"" + Chars("abcdefghijklmnopqrstuvwxyz", 20) + "\",\"role\":\"" + role
            + "\",\"iat\":" + (1700000000 + random.Next(10000000)) + ",\"exp\":" + (2000000000 + random.Next(10000000)) + "}");
        return header + "." + payload + "." + Chars(Base64Url, 43);
    }

    public string SupabaseSecret() => "sb" + "_secret_" + Chars(Base64Url, 31);

    public string SupabasePublishable() => "sb" + "_publishable_" + Chars(Base64Url, 31);

    public string SupabaseAccessToken() => "sb" + "p_" + Hex(40);

    public string Resend() => "r" + "e_" + Alnum(8) + "_" + Alnum(24);

    public string Wompi(string prefix) => prefix + Alnum(32);

    public static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Password() => Chars("abcdefghijkmnpqrstuvwxyz", 4) + Chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + Chars("23456789", 3) + Chars("!#%&*+-=?", 2);

    public string Digits(int count) => Chars("0123456789", count);

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private string WithCrc32(string prefix)
    {
        var payload = Alnum(30);
        var checksum = SecretValidators.Crc32(Encoding.ASCII.GetBytes(payload));
        return prefix + payload + SecretValidators.EncodeBase62(checksum, 6);
    }
}
