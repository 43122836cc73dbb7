using System;
using System.Text;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

/// <summary>Builds secret-looking values at test time from a seeded generator, so that none sits whole in the repository.</summary>
internal static class FakeValues
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Random(int length, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>A value with the shape of a Resend API key, assembled so that no whole key is in the source.</summary>
    public static string ResendShaped(int seed = 11) => "r" + "e_" + Random(8, seed) + "_" + Random(32, seed + 1);

    /// <summary>A value with the shape of a Stripe live secret key.</summary>
    public static string StripeLiveShaped(int seed = 13) => "sk" + "_live_" + Random(32, seed);

    /// <summary>A value with the shape of a Stripe live publishable key, which is public by design.</summary>
    public static string StripePublishableShaped(int seed = 17) => "pk" + "_live_" + Random(32, seed);
}
