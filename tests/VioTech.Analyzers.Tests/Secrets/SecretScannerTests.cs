using System;
using System.Collections.Generic;
using System.Linq;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class SecretScannerTests
{
    private static readonly FakeSecrets Fake = new(20261204);

    public static IEnumerable<object[]> ProviderSamples()
    {
        var cases = new (string RuleId, Func<FakeSecrets, string> Make, string Prefix)[]
        {
            ("aws-access-key-id", f => f.AwsAccessKeyId(), "AKIA"),
            ("github-pat", f => f.GitHubClassic(), "gh" + "p_"),
            ("github-app-token", f => f.GitHubOAuth(), "gh" + "o_"),
            ("github-app-token", f => f.GitHubApp(), "gh" + "s_"),
            ("github-fine-grained-pat", f => f.GitHubFineGrained(), "github" + "_pat_"),
            ("gitlab-token", f => f.GitLab(), "gl" + "pat-"),
            ("slack-token", f => f.SlackBot(), "xo" + "xb-"),
            ("slack-token", f => f.SlackUser(), "xo" + "xp-"),
            ("slack-webhook", f => f.SlackWebhook(), "https://hooks.slack.com/services/"),
            ("stripe-secret-key", f => f.StripeLive(), "sk" + "_live_"),
            ("stripe-restricted-key", f => f.StripeRestricted(), "rk" + "_live_"),
            ("stripe-webhook-secret", f => f.StripeWebhook(), "wh" + "sec_"),
            ("stripe-test-secret-key", f => f.StripeTest(), "sk" + "_test_"),
            ("stripe-test-restricted-key", f => f.StripeRestrictedTest(), "rk" + "_test_"),
            ("google-api-key", f => f.GoogleApiKey(), "AI" + "za"),
            ("google-oauth-client-secret", f => f.GoogleClientSecret(), "GOC" + "SPX-"),
            ("sendgrid-api-key", f => f.SendGrid(), "S" + "G."),
            ("twilio-api-key", f => f.TwilioApiKey(), "S" + "K"),
            ("npm-token", f => f.Npm(), "np" + "m_"),
            ("sentry-user-token", f => f.SentryUserToken(), "sntr" + "yu_"),
            ("sentry-org-token", f => f.SentryOrgToken(), "sntr" + "ys_"),
            ("supabase-service-role-jwt", f => f.SupabaseJwt("service" + "_role"), ""),
            ("supabase-secret-key", f => f.SupabaseSecret(), "sb" + "_secret_"),
            ("supabase-access-token", f => f.SupabaseAccessToken(), "sb" + "p_"),
            ("resend-api-key", f => f.Resend(), "r" + "e_"),
            ("wompi-private-key", f => f.Wompi("prv" + "_prod_"), "prv" + "_prod_"),
            ("wompi-integrity-secret", f => f.Wompi("prod" + "_integrity_"), "prod" + "_integrity_"),
            ("wompi-events-secret", f => f.Wompi("prod" + "_events_"), "prod" + "_events_"),
            ("wompi-test-private-key", f => f.Wompi("prv" + "_test_"), "prv" + "_test_"),
            ("wompi-test-integrity-secret", f => f.Wompi("test" + "_integrity_"), "test" + "_integrity_"),
            ("wompi-test-events-secret", f => f.Wompi("test" + "_events_"), "test" + "_events_"),
        };

        return cases.Select((c, index) => new object[] { index, c.RuleId, c.Prefix });
    }

    private static string MakeSample(int index)
    {
        var fake = new FakeSecrets(1000 + index);
        return index switch
        {
            0 => fake.AwsAccessKeyId(),
            1 => fake.GitHubClassic(),
            2 => fake.GitHubOAuth(),
            3 => fake.GitHubApp(),
            4 => fake.GitHubFineGrained(),
            5 => fake.GitLab(),
            6 => fake.SlackBot(),
            7 => fake.SlackUser(),
            8 => fake.SlackWebhook(),
            9 => fake.StripeLive(),
            10 => fake.StripeRestricted(),
            11 => fake.StripeWebhook(),
            12 => fake.StripeTest(),
            13 => fake.StripeRestrictedTest(),
            14 => fake.GoogleApiKey(),
            15 => fake.GoogleClientSecret(),
            16 => fake.SendGrid(),
            17 => fake.TwilioApiKey(),
            18 => fake.Npm(),
            19 => fake.SentryUserToken(),
            20 => fake.SentryOrgToken(),
            21 => fake.SupabaseJwt("service" + "_role"),
            22 => fake.SupabaseSecret(),
            23 => fake.SupabaseAccessToken(),
            24 => fake.Resend(),
            25 => fake.Wompi("prv" + "_prod_"),
            26 => fake.Wompi("prod" + "_integrity_"),
            27 => fake.Wompi("prod" + "_events_"),
            28 => fake.Wompi("prv" + "_test_"),
            29 => fake.Wompi("test" + "_integrity_"),
            30 => fake.Wompi("test" + "_events_"),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    [Theory]
    [MemberData(nameof(ProviderSamples))]
    public void Scan_ProviderKeyInText_IsFoundWithPrefixOnly(int index, string ruleId, string prefix)
    {
        var secret = MakeSample(index);
        var text = "var client = new Client(\"" + secret + "\");";

        var match = Assert.Single(SecretScanner.Scan(text));

        Assert.Equal(ruleId, match.RuleId);
        Assert.Equal(text.IndexOf(secret, StringComparison.Ordinal), match.Start);
        Assert.Equal(secret.Length, match.Length);
        Assert.Equal(prefix, match.PublicPrefix);
        Assert.DoesNotContain(secret, match.Redacted, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, match.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(secret.Length + " characters", match.Redacted, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderSamples))]
    public void Scan_TestModeKeys_AreTestModeCategory(int index, string ruleId, string prefix)
    {
        _ = prefix;
        var match = Assert.Single(SecretScanner.Scan(MakeSample(index)));

        var expected = ruleId.Contains("-test-", StringComparison.Ordinal) ? SecretCategory.TestMode : SecretCategory.Live;
        Assert.Equal(expected, match.Category);
    }

    [Theory]
    [MemberData(nameof(ProviderSamples))]
    public void TokenRunPrefilter_KeepsProviderSample(int index, string ruleId, string prefix)
    {
        _ = prefix;
        var rule = SecretScanner.Rules.Single(candidate => candidate.Id == ruleId);

        Assert.True(rule.NeedsTokenRun, ruleId + " is expected to use the token-run prefilter.");
        Assert.True(SecretScanner.HasTokenRun(MakeSample(index)), ruleId + " sample has no run of token characters.");
    }

    [Theory]
    [InlineData("abcdefghij/klmnopqr=", true)]
    [InlineData("AKIA0123456789ABCDEF", true)]
    [InlineData("abcdefghij klmnopqrs", false)]
    [InlineData("Fetching event {EventId} in family {Family}", false)]
    [InlineData("https://production.wompi.co/v1/", true)]
    [InlineData("abcdefghijklmnopqrs", false)]
    public void HasTokenRun_NeedsTwentyTokenCharacters(string text, bool expected)
    {
        Assert.Equal(expected, SecretScanner.HasTokenRun(text));
    }

    [Fact]
    public void Scan_PrivateKeyWithShortPieces_IsFound()
    {
        // The body's pieces are shorter than the token run, so the PEM rule must not use that prefilter.
        var key = Fake.AzureStorageKey();
        var body = string.Join(" ", Enumerable.Range(0, key.Length / 11).Select(i => key.Substring(i * 11, 11)));
        var text = "-----BEGIN " + "PRIVATE" + " KEY-----\n" + body + "\n-----END " + "PRIVATE" + " KEY-----";

        Assert.False(SecretScanner.HasTokenRun(text));
        Assert.Equal("private-key", Assert.Single(SecretScanner.Scan(text)).RuleId);
    }

    [Fact]
    public void Scan_GitHubTokenWithBadChecksum_IsNotFound()
    {
        var token = Fake.GitHubClassic();
        var last = token[^1];
        var broken = token[..^1] + (last == 'a' ? 'b' : 'a');

        Assert.Empty(SecretScanner.Scan(broken));
        Assert.Single(SecretScanner.Scan(token));
    }

    [Fact]
    public void Scan_NpmTokenWithBadChecksum_IsNotFound()
    {
        var token = Fake.Npm();
        var broken = token[..4] + (token[4] == 'Z' ? 'Y' : 'Z') + token[5..];

        Assert.Empty(SecretScanner.Scan(broken));
    }

    [Fact]
    public void Scan_PublicValues_AreNotFound()
    {
        var values = new[]
        {
            Fake.SupabaseJwt("anon"),
            Fake.SupabaseJwt("authenticated"),
            Fake.SupabasePublishable(),
            Fake.Wompi("pub" + "_prod_"),
            Fake.Wompi("pub" + "_test_"),
            Fake.StripePublishable(live: true),
            Fake.StripePublishable(live: false),
            "https://" + Fake.Hex(32) + "@o" + Fake.Digits(6) + ".ingest.sentry.io/" + Fake.Digits(7),
        };

        foreach (var value in values)
        {
            Assert.Empty(SecretScanner.Scan("const string Key = \"" + value + "\";"));
        }
    }

    [Fact]
    public void IsKnownPublicValue_PublicKeys_AreRecognised()
    {
        Assert.True(SecretScanner.IsKnownPublicValue(Fake.SupabaseJwt("anon")));
        Assert.True(SecretScanner.IsKnownPublicValue(Fake.SupabasePublishable()));
        Assert.True(SecretScanner.IsKnownPublicValue(Fake.Wompi("pub" + "_prod_")));
        Assert.True(SecretScanner.IsKnownPublicValue(Fake.StripePublishable(live: true)));
        Assert.False(SecretScanner.IsKnownPublicValue(Fake.SupabaseJwt("service" + "_role")));
    }

    [Fact]
    public void Scan_HardNegatives_AreNotFound()
    {
        var values = new[]
        {
            Guid.NewGuid().ToString(),
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "gh" + "p_" + new string('a', 36),
            "AK" + "IAIOSFODNN7EXAMPLE",
            "re_run_all_the_failing_tests_again_please",
            "prv_prod_<your-private-key-goes-here>",
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----",
            "-----BEGIN " + "PRIVATE" + " KEY-----\n...\n-----END " + "PRIVATE" + " KEY-----",
            "data:image/png;base64," + Convert.ToBase64String(new byte[120]),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "Select the TASK" + "SK" + "0123456789abcdef but not",
        };

        foreach (var value in values)
        {
            Assert.Empty(SecretScanner.Scan(value));
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\\n")]
    public void Scan_PrivateKeyBlock_IsFound(string newline)
    {
        var pem = Fake.PrivateKeyPem("RSA ", newline);

        var match = Assert.Single(SecretScanner.Scan("\"" + pem + "\""));

        Assert.Equal("private-key", match.RuleId);
        Assert.Equal(pem.Length, match.Length);
    }

    [Fact]
    public void Scan_AzureConnectionStringAndSas_AreFound()
    {
        Assert.Equal("azure-storage-account-key", Assert.Single(SecretScanner.Scan(Fake.AzureStorageConnectionString())).RuleId);
        Assert.Equal("azure-sas-signature", Assert.Single(SecretScanner.Scan(Fake.AzureSasUrl())).RuleId);
    }

    [Fact]
    public void Scan_AzureEmulatorAccount_IsNotFound()
    {
        var text = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;Account" + "Key=" + Fake.AzureStorageKey() + ";";

        Assert.Empty(SecretScanner.Scan(text));
    }

    [Fact]
    public void Scan_AwsSecretBesideItsName_IsFound()
    {
        var text = "aws_secret_access_key = " + Fake.AwsSecretAccessKey();

        Assert.Equal("aws-secret-access-key", Assert.Single(SecretScanner.Scan(text)).RuleId);
    }

    [Fact]
    public void ScanNamed_AwsSecretAndTwilioToken_AreFound()
    {
        Assert.Equal("aws-secret-access-key", SecretScanner.ScanNamed("AwsSecretAccessKey", Fake.AwsSecretAccessKey())?.RuleId);
        Assert.Equal("twilio-auth-token", SecretScanner.ScanNamed("TWILIO_AUTH_TOKEN", Fake.TwilioAuthToken())?.RuleId);
        Assert.Null(SecretScanner.ScanNamed("CorrelationId", Fake.AwsSecretAccessKey()));
    }

    [Fact]
    public void Scan_TwoKeysInOneText_AreBothFoundInOrder()
    {
        var first = Fake.Resend();
        var second = Fake.StripeLive();

        var matches = SecretScanner.Scan("RESEND=" + first + "\nSTRIPE=" + second);

        Assert.Equal(new[] { "resend-api-key", "stripe-secret-key" }, matches.Select(m => m.RuleId));
    }

    [Fact]
    public void Scan_HugeRepetitiveInput_ReturnsWithoutThrowing()
    {
        var text = "-----BEGIN " + "PRIVATE" + " KEY-----" + new string('A', 200_000) + "!";

        var exception = Record.Exception(() => SecretScanner.Scan(text));

        Assert.Null(exception);
    }
}
