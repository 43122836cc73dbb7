using System;
using System.Collections.Generic;

namespace VioTech.Analyzers.Core.Secrets;

/// <summary>
/// The provider credential formats the scanner recognises. Each pattern is anchored on the provider's
/// prefix and captures the credential in its <c>secret</c> group; the validator checks what the
/// pattern cannot (checksums, decoded claims, entropy). Public values (Supabase anon keys and
/// <c>sb_publishable_</c> keys, Wompi <c>pub_</c> keys, Stripe <c>pk_</c> keys, Sentry DSNs) have no
/// rule on purpose.
/// </summary>
internal static class SecretRules
{
    private const string Alnum = "A-Za-z0-9";

    /// <summary>The rules, in the order they run. An array, so that the scanner's loop allocates no enumerator.</summary>
    public static SecretRule[] All { get; } = Create();

    private static SecretRule[] Create() => new[]
    {
        // AWS access key ids are base32 after a four-letter type prefix. Secret keys have no prefix,
        // so they are recognised only beside a name such as aws_secret_access_key.
        Rule("aws-access-key-id", "aws", "AWS", "an AWS access key ID", "un ID de clave de acceso de AWS",
            @"(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])",
            new[] { "AKIA", "ASIA", "ABIA", "ACCA" }, RandomAfter(4, 2.5),
            "AWS_ACCESS_KEY_ID", "AWS:AccessKeyId"),
        Rule("aws-secret-access-key", "aws", "AWS", "an AWS secret access key", "una clave de acceso secreta de AWS",
            @"(?i:aws_?secret_?access_?key|aws_?secret_?key|SecretAccessKey)[""']?\s*[:=]\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            Array.Empty<string>(), RandomAfter(0, 4.0),
            "AWS_SECRET_ACCESS_KEY", "AWS:SecretAccessKey", keywords: new[] { "secret" }, ignoreCaseKeywords: true),

        // GitHub: 30 random base62 characters and a base62 CRC32 checksum of them.
        Rule("github-pat", "github", "GitHub", "a GitHub personal access token", "un token de acceso personal de GitHub",
            @"(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])",
            new[] { "ghp_" }, (value, _) => SecretValidators.HasValidBase62Crc32(value, 4),
            "GITHUB_TOKEN", "GitHub:Token"),
        Rule("github-app-token", "github", "GitHub", "a GitHub OAuth or app token", "un token de OAuth o de aplicación de GitHub",
            @"(?<![A-Za-z0-9_])(?<secret>gh[ousr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])",
            new[] { "gho_", "ghu_", "ghs_", "ghr_" }, (value, _) => SecretValidators.HasValidBase62Crc32(value, 4),
            "GITHUB_TOKEN", "GitHub:Token"),
        Rule("github-fine-grained-pat", "github", "GitHub", "a GitHub fine-grained personal access token", "un token de acceso personal detallado de GitHub",
            @"(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])",
            new[] { "github_pat_" }, RandomAfter(11, 4.0),
            "GITHUB_TOKEN", "GitHub:Token"),

        Rule("gitlab-token", "gitlab", "GitLab", "a GitLab access token", "un token de acceso de GitLab",
            @"(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|ptt|dt|rt|soat|ft|imt|cbt)-[A-Za-z0-9_-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?)(?![A-Za-z0-9_-])",
            new[] { "glpat-", "glptt-", "gldt-", "glrt-", "glsoat-", "glft-", "glimt-", "glcbt-" }, RandomAfterFirst('-', 3.0),
            "GITLAB_TOKEN", "GitLab:Token"),

        // Slack: bot, user, app and refresh tokens, and incoming-webhook URLs.
        Rule("slack-token", "slack", "Slack", "a Slack token", "un token de Slack",
            @"(?<![A-Za-z0-9-])(?<secret>xox[abposre]-(?:[0-9]{1,14}-){1,4}[A-Za-z0-9]{20,64})(?![A-Za-z0-9-])",
            new[] { "xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe-" }, RandomAfterLast('-', 3.0),
            "SLACK_TOKEN", "Slack:Token"),
        Rule("slack-app-token", "slack", "Slack", "a Slack app-level token", "un token de aplicación de Slack",
            @"(?<![A-Za-z0-9-])(?<secret>xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[a-f0-9]{32,80})(?![A-Za-z0-9-])",
            new[] { "xapp-" }, RandomAfterLast('-', 3.0),
            "SLACK_APP_TOKEN", "Slack:AppToken"),
        Rule("slack-webhook", "slack", "Slack", "a Slack webhook URL", "una URL de webhook de Slack",
            @"(?<secret>https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,12}/[A-Za-z0-9]{20,40})(?![A-Za-z0-9])",
            new[] { "https://hooks.slack.com/services/", "https://hooks.slack.com/workflows/", "https://hooks.slack.com/triggers/" }, RandomAfterLast('/', 3.5),
            "SLACK_WEBHOOK_URL", "Slack:WebhookUrl"),

        // Stripe: live secret and restricted keys; test-mode keys are their own category.
        Rule("stripe-secret-key", "stripe", "Stripe", "a Stripe live secret key", "una clave secreta de producción de Stripe",
            @"(?<![A-Za-z0-9_])(?<secret>sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])",
            new[] { "sk_live_" }, RandomAfter(8, 3.5),
            "STRIPE_SECRET_KEY", "Stripe:SecretKey"),
        Rule("stripe-restricted-key", "stripe", "Stripe", "a Stripe live restricted key", "una clave restringida de producción de Stripe",
            @"(?<![A-Za-z0-9_])(?<secret>rk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])",
            new[] { "rk_live_" }, RandomAfter(8, 3.5),
            "STRIPE_SECRET_KEY", "Stripe:SecretKey"),
        Rule("stripe-webhook-secret", "stripe", "Stripe", "a Stripe webhook signing secret", "un secreto de firma de webhooks de Stripe",
            @"(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])",
            new[] { "whsec_" }, RandomAfter(6, 3.5),
            "STRIPE_WEBHOOK_SECRET", "Stripe:WebhookSecret"),
        Rule("stripe-test-secret-key", "stripe", "Stripe", "a Stripe test-mode secret key", "una clave secreta de modo de prueba de Stripe",
            @"(?<![A-Za-z0-9_])(?<secret>sk_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])",
            new[] { "sk_test_" }, RandomAfter(8, 3.5),
            "STRIPE_SECRET_KEY", "Stripe:SecretKey", SecretCategory.TestMode),
        Rule("stripe-test-restricted-key", "stripe", "Stripe", "a Stripe test-mode restricted key", "una clave restringida de modo de prueba de Stripe",
            @"(?<![A-Za-z0-9_])(?<secret>rk_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])",
            new[] { "rk_test_" }, RandomAfter(8, 3.5),
            "STRIPE_SECRET_KEY", "Stripe:SecretKey", SecretCategory.TestMode),

        // Google.
        Rule("google-api-key", "google", "Google", "a Google API key", "una clave de API de Google",
            @"(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])",
            new[] { "AIza" }, RandomAfter(4, 3.5),
            "GOOGLE_API_KEY", "Google:ApiKey"),
        Rule("google-oauth-client-secret", "google", "Google", "a Google OAuth client secret", "un secreto de cliente de OAuth de Google",
            @"(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[0-9A-Za-z_-]{28})(?![A-Za-z0-9_-])",
            new[] { "GOCSPX-" }, RandomAfter(7, 3.5),
            "GOOGLE_CLIENT_SECRET", "Google:ClientSecret"),

        Rule("sendgrid-api-key", "sendgrid", "SendGrid", "a SendGrid API key", "una clave de API de SendGrid",
            @"(?<![A-Za-z0-9_-])(?<secret>SG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43})(?![A-Za-z0-9_-])",
            new[] { "SG." }, RandomAfter(3, 4.0),
            "SENDGRID_API_KEY", "SendGrid:ApiKey"),

        // Twilio: API key SIDs carry a prefix; auth tokens do not and are recognised beside their name.
        Rule("twilio-api-key", "twilio", "Twilio", "a Twilio API key", "una clave de API de Twilio",
            @"(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])",
            new[] { "SK" }, RandomAfter(2, 3.0),
            "TWILIO_API_KEY", "Twilio:ApiKey"),
        Rule("twilio-auth-token", "twilio", "Twilio", "a Twilio auth token", "un token de autenticación de Twilio",
            @"(?i:twilio_?auth_?token)[""']?\s*[:=]\s*[""']?(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])",
            Array.Empty<string>(), RandomAfter(0, 3.0),
            "TWILIO_AUTH_TOKEN", "Twilio:AuthToken", keywords: new[] { "twilio" }, ignoreCaseKeywords: true),

        Rule("npm-token", "npm", "npm", "an npm access token", "un token de acceso de npm",
            @"(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])",
            new[] { "npm_" }, (value, _) => SecretValidators.HasValidBase62Crc32(value, 4),
            "NPM_TOKEN", "Npm:Token"),

        // Azure: storage account keys (64 bytes in base64) in connection strings, shared access keys and SAS signatures.
        Rule("azure-storage-account-key", "azure", "Azure", "an Azure storage account key", "una clave de cuenta de almacenamiento de Azure",
            @"(?i:AccountKey)\s*=\s*(?<secret>[A-Za-z0-9+/]{86}==)",
            Array.Empty<string>(), IsAzureAccountKey,
            "AZURE_STORAGE_CONNECTION_STRING", "Azure:Storage:ConnectionString", keywords: new[] { "AccountKey" }, ignoreCaseKeywords: true),
        Rule("azure-shared-access-key", "azure", "Azure", "an Azure shared access key", "una clave de acceso compartido de Azure",
            @"(?i:SharedAccessKey)\s*=\s*(?<secret>[A-Za-z0-9+/]{43}=)",
            Array.Empty<string>(), RandomAfter(0, 4.0),
            "AZURE_SERVICEBUS_CONNECTION_STRING", "Azure:ServiceBus:ConnectionString", keywords: new[] { "SharedAccessKey" }, ignoreCaseKeywords: true),
        Rule("azure-sas-signature", "azure", "Azure", "an Azure shared access signature", "una firma de acceso compartido de Azure",
            @"(?<=[?&;]|^)sig=(?<secret>[A-Za-z0-9%+/=]{40,128})",
            Array.Empty<string>(), IsSasSignature,
            "AZURE_STORAGE_SAS_TOKEN", "Azure:Storage:SasToken", keywords: new[] { "sig=" }),

        Rule("private-key", "private-key", "PEM/OpenSSH", "a private key", "una clave privada",
            @"(?<secret>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?>(?:[A-Za-z0-9+/=:, \t\r\n]|-(?!----)|\\[rn])*)(?:-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)?)",
            Array.Empty<string>(), HasPrivateKeyBody,
            "PRIVATE_KEY", "Signing:PrivateKey", keywords: new[] { "PRIVATE KEY" }, needsTokenRun: false),

        // Sentry: organisation and user auth tokens. DSNs are public and have no rule.
        Rule("sentry-org-token", "sentry", "Sentry", "a Sentry organization auth token", "un token de autenticación de organización de Sentry",
            @"(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,}={0,2}_[A-Za-z0-9+/_-]{43})(?![A-Za-z0-9_-])",
            new[] { "sntrys_" }, (value, _) => SecretValidators.LooksRandom(value.Substring(value.Length - 43), 3.5),
            "SENTRY_AUTH_TOKEN", "Sentry:AuthToken"),
        Rule("sentry-user-token", "sentry", "Sentry", "a Sentry user auth token", "un token de autenticación de usuario de Sentry",
            @"(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])",
            new[] { "sntryu_" }, RandomAfter(7, 3.0),
            "SENTRY_AUTH_TOKEN", "Sentry:AuthToken"),

        // Supabase: a JWT is a service-role key only when its payload has role=service_role. Anon keys are public.
        Rule("supabase-service-role-jwt", "supabase", "Supabase", "a Supabase service-role key", "una clave de rol de servicio de Supabase",
            @"(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])",
            Array.Empty<string>(), (value, _) => SecretValidators.JwtRole(value) == "service_role",
            "SUPABASE_SERVICE_ROLE_KEY", "Supabase:ServiceRoleKey", keywords: new[] { "eyJ" }),
        Rule("supabase-secret-key", "supabase", "Supabase", "a Supabase secret API key", "una clave de API secreta de Supabase",
            @"(?<![A-Za-z0-9_])(?<secret>sb_secret_[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])",
            new[] { "sb_secret_" }, RandomAfter(10, 3.5),
            "SUPABASE_SECRET_KEY", "Supabase:SecretKey"),
        Rule("supabase-access-token", "supabase", "Supabase", "a Supabase personal access token", "un token de acceso personal de Supabase",
            @"(?<![A-Za-z0-9_])(?<secret>sbp_(?:oauth_)?[a-f0-9]{40})(?![A-Za-z0-9_])",
            new[] { "sbp_", "sbp_oauth_" }, RandomAfterLast('_', 3.0),
            "SUPABASE_ACCESS_TOKEN", "Supabase:AccessToken"),

        Rule("resend-api-key", "resend", "Resend", "a Resend API key", "una clave de API de Resend",
            @"(?<![A-Za-z0-9_])(?<secret>re_[A-Za-z0-9]{6,12}_[A-Za-z0-9]{20,40})(?![A-Za-z0-9_])",
            new[] { "re_" }, RandomAfter(3, 3.5),
            "RESEND_API_KEY", "Resend:ApiKey"),

        // Wompi: private keys and the integrity and events secrets. Public pub_ keys have no rule.
        Rule("wompi-private-key", "wompi", "Wompi", "a Wompi production private key", "una llave privada de producción de Wompi",
            @"(?<![A-Za-z0-9_])(?<secret>prv_prod_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])",
            new[] { "prv_prod_" }, RandomAfter(9, 3.5),
            "WOMPI_PRIVATE_KEY", "Wompi:PrivateKey"),
        Rule("wompi-integrity-secret", "wompi", "Wompi", "a Wompi production integrity secret", "un secreto de integridad de producción de Wompi",
            @"(?<![A-Za-z0-9_])(?<secret>prod_integrity_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])",
            new[] { "prod_integrity_" }, RandomAfter(15, 3.5),
            "WOMPI_INTEGRITY_SECRET", "Wompi:IntegritySecret"),
        Rule("wompi-events-secret", "wompi", "Wompi", "a Wompi production events secret", "un secreto de eventos de producción de Wompi",
            @"(?<![A-Za-z0-9_])(?<secret>prod_events_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])",
            new[] { "prod_events_" }, RandomAfter(12, 3.5),
            "WOMPI_EVENTS_SECRET", "Wompi:EventsSecret"),
        Rule("wompi-test-private-key", "wompi", "Wompi", "a Wompi test-mode private key", "una llave privada de modo de prueba de Wompi",
            @"(?<![A-Za-z0-9_])(?<secret>prv_test_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])",
            new[] { "prv_test_" }, RandomAfter(9, 3.5),
            "WOMPI_PRIVATE_KEY", "Wompi:PrivateKey", SecretCategory.TestMode),
        Rule("wompi-test-integrity-secret", "wompi", "Wompi", "a Wompi test-mode integrity secret", "un secreto de integridad de modo de prueba de Wompi",
            @"(?<![A-Za-z0-9_])(?<secret>test_integrity_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])",
            new[] { "test_integrity_" }, RandomAfter(15, 3.5),
            "WOMPI_INTEGRITY_SECRET", "Wompi:IntegritySecret", SecretCategory.TestMode),
        Rule("wompi-test-events-secret", "wompi", "Wompi", "a Wompi test-mode events secret", "un secreto de eventos de modo de prueba de Wompi",
            @"(?<![A-Za-z0-9_])(?<secret>test_events_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])",
            new[] { "test_events_" }, RandomAfter(12, 3.5),
            "WOMPI_EVENTS_SECRET", "Wompi:EventsSecret", SecretCategory.TestMode),
    };

    private static SecretRule Rule(
        string id, string providerId, string providerName, string kind, string kindSpanish, string pattern,
        string[] prefixes, Func<string, string, bool>? validate, string environmentVariableName, string configurationKey,
        SecretCategory category = SecretCategory.Live, string[]? keywords = null, bool ignoreCaseKeywords = false, bool needsTokenRun = true) =>
        new(id, providerId, providerName, kind, kindSpanish, pattern, prefixes, validate, category,
            environmentVariableName, configurationKey, keywords, ignoreCaseKeywords, needsTokenRun);

    private static Func<string, string, bool> RandomAfter(int prefixLength, double minimumEntropy) =>
        (value, _) => value.Length > prefixLength && SecretValidators.LooksRandom(value.Substring(prefixLength), minimumEntropy);

    private static Func<string, string, bool> RandomAfterFirst(char separator, double minimumEntropy) =>
        (value, _) => SecretValidators.LooksRandom(value.Substring(value.IndexOf(separator) + 1), minimumEntropy);

    private static Func<string, string, bool> RandomAfterLast(char separator, double minimumEntropy) =>
        (value, _) => SecretValidators.LooksRandom(value.Substring(value.LastIndexOf(separator) + 1), minimumEntropy);

    /// <summary>A storage key decodes to 64 bytes; the storage emulator's published key is skipped by its account name.</summary>
    private static bool IsAzureAccountKey(string value, string text) =>
        SecretValidators.DecodeBase64Url(value) is { Length: 64 }
        && SecretValidators.LooksRandom(value.TrimEnd('='), 4.5)
        && text.IndexOf("devstoreaccount1", StringComparison.OrdinalIgnoreCase) < 0;

    /// <summary>A SAS signature comes with the service version (<c>sv=</c>) and an expiry or permissions.</summary>
    private static bool IsSasSignature(string value, string text) =>
        text.IndexOf("sv=", StringComparison.Ordinal) >= 0
        && (text.IndexOf("se=", StringComparison.Ordinal) >= 0 || text.IndexOf("sp=", StringComparison.Ordinal) >= 0)
        && SecretValidators.LooksRandom(Uri.UnescapeDataString(value), 4.0);

    /// <summary>A private key block counts only when its body holds real base64 key material, not an ellipsis.</summary>
    private static bool HasPrivateKeyBody(string value, string text)
    {
        var headerEnd = value.IndexOf("-----", 5, StringComparison.Ordinal) + 5;
        var bodyEnd = value.IndexOf("-----END", headerEnd, StringComparison.Ordinal);
        var body = value.Substring(headerEnd, (bodyEnd < 0 ? value.Length : bodyEnd) - headerEnd)
            .Replace("\\n", string.Empty).Replace("\\r", string.Empty);
        var material = new System.Text.StringBuilder();
        foreach (var line in body.Split('\r', '\n'))
        {
            // Encrypted PEM blocks carry headers such as "Proc-Type: 4,ENCRYPTED" before the body.
            if (line.IndexOf(':') >= 0)
            {
                continue;
            }

            foreach (var c in line)
            {
                if (char.IsLetterOrDigit(c) || c == '+' || c == '/')
                {
                    material.Append(c);
                }
            }
        }

        return material.Length >= 64 && SecretValidators.LooksRandom(material.ToString(), 4.5);
    }
}
