using System;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>Recognizes names of variables and keys that hold credentials.</summary>
internal static class CredentialNames
{
    private static readonly string[] Words = { "SECRET", "PASSWORD", "PASSWD", "PWD", "TOKEN", "APIKEY", "API_KEY", "PRIVATE_KEY", "PRIVATEKEY", "SERVICE_ROLE", "CREDENTIAL", "DSN", "ACCESS_KEY", "CLIENT_SECRET" };

    /// <summary>Returns whether a name such as <c>JWT_SECRET</c>, <c>Resend:ApiKey</c> or <c>SENTRY_DSN</c> names a credential.</summary>
    public static bool LooksLikeCredential(string name)
    {
        var upper = name.ToUpperInvariant().Replace(":", "_").Replace("-", "_");
        foreach (var word in Words)
        {
            if (upper.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
