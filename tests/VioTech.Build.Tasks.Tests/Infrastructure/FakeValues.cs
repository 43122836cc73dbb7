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
}
