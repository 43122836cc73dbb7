using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VioTech.Analyzers.Secrets;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class VIO2005TestModeProviderKeyTests
{
    private readonly FakeSecrets fake = new(2005);

    [Fact]
    public async Task StripeTestKey_ReportsKindAndPrefix()
    {
        var key = fake.StripeTest();
        var source = $$"""
            static class Payments
            {
                public static string Key() => {|#0:"{{key}}"|};
            }
            """;

        var expected = new DiagnosticResult(VIO2005TestModeProviderKeyAnalyzer.Rule)
            .WithLocation(0)
            .WithArguments("a Stripe test-mode secret key", "prefix sk_test_, " + key.Length + " characters");
        await SecretsVerify.AnalyzerAsync<VIO2005TestModeProviderKeyAnalyzer>(source, expected);
    }

    [Fact]
    public async Task WompiTestSecrets_AreReported()
    {
        var source = $$"""
            static class Wompi
            {
                public const string PrivateKey = {|VIO2005:"{{fake.Wompi("prv" + "_test_")}}"|};
                public const string Integrity = {|VIO2005:"{{fake.Wompi("test" + "_integrity_")}}"|};
                // Events: {|VIO2005:{{fake.Wompi("test" + "_events_")}}|}
                public const string Restricted = {|VIO2005:"{{fake.StripeRestrictedTest()}}"|};
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2005TestModeProviderKeyAnalyzer>(source);
    }

    [Fact]
    public async Task LiveAndPublicKeys_AreNotReported()
    {
        var source = $$"""
            static class Keys
            {
                public const string Live = "{{fake.StripeLive()}}";
                public const string Publishable = "{{fake.StripePublishable(live: false)}}";
                public const string WompiPublic = "{{fake.Wompi("pub" + "_test_")}}";
            }
            """;

        await SecretsVerify.AnalyzerAsync<VIO2005TestModeProviderKeyAnalyzer>(source);
    }
}
