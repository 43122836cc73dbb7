using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Robustness;

/// <summary>
/// A malformed settings file whose error sits inside or right after a secret value must not echo
/// the secret in the task's messages. The key is generated from a fixed seed at test time.
/// Time budget: under a second.
/// </summary>
public sealed class SecretLeakTests
{
    public static IEnumerable<object[]> Breakages() => new[]
    {
        new object[] { "control character inside the value" },
        new object[] { "missing closing quote" },
        new object[] { "missing comma after the value" },
        new object[] { "value without quotes" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenSecretValue_IsNotEchoed(string breakage)
    {
        var random = new Random(20_261_204);
        var secret = "prv" + "_prod_" + new string(Enumerable.Range(0, 32).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var json = breakage switch
        {
            "control character inside the value" => "{ \"Wompi\": { \"PrivateKey\": \"" + secret[..20] + "\u0001" + secret[20..] + "\" } }",
            "missing closing quote" => "{ \"Wompi\": { \"PrivateKey\": \"" + secret + " } }",
            "missing comma after the value" => "{ \"Wompi\": { \"PrivateKey\": \"" + secret + "\" \"Other\": 1 } }",
            _ => "{ \"Wompi\": { \"PrivateKey\": " + secret + " } }",
        };
        using var folder = new TempFolder();
        var file = folder.WriteBytes("appsettings.Production.json", Encoding.UTF8.GetBytes(json));

        var engine = TaskInputFormats.Get("appsettings JSON").Run(folder, file);

        var messages = engine.Errors.Select(e => e.Message).Concat(engine.Warnings.Select(w => w.Message)).Concat(engine.Messages.Select(m => m.Message)).ToList();
        Assert.NotEmpty(engine.Warnings.Concat<object>(engine.Errors));
        var window = secret.Length / 4 + 1;
        var fragments = Enumerable.Range("prv_prod_".Length, secret.Length - "prv_prod_".Length - window + 1).Select(start => secret.Substring(start, window));
        Assert.DoesNotContain(messages, message => message is not null && fragments.Any(fragment => message.Contains(fragment, StringComparison.Ordinal)));
    }
}
