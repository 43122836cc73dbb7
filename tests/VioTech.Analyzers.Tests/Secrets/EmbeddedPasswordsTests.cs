using System.Linq;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Tests.Secrets.Corpus;

namespace VioTech.Analyzers.Tests.Secrets;

public sealed class EmbeddedPasswordsTests
{
    private static readonly FakeSecrets Fake = new(11);

    [Fact]
    public void Find_ConnectionStringPassword_IsFound()
    {
        var password = Fake.Password();
        var text = "Host=db.tickets.example.com;Port=5432;Database=tickets;Username=app;Password=" + password + ";SSL Mode=Require";

        var found = Assert.Single(EmbeddedPasswords.Find(text));

        Assert.Equal(EmbeddedPasswordForm.ConnectionStringKey, found.Form);
        Assert.Equal(text.IndexOf(password, System.StringComparison.Ordinal), found.Start);
        Assert.Equal(password.Length, found.Length);
    }

    [Fact]
    public void Find_UriUserInfo_IsFound()
    {
        var password = Fake.Alnum(16);
        var text = "postgresql://postgres.abcd:" + password + "@aws-0-us-east-1.pooler.supabase.com:6543/postgres";

        var found = Assert.Single(EmbeddedPasswords.Find(text));

        Assert.Equal(EmbeddedPasswordForm.UriUserInfo, found.Form);
        Assert.Equal("postgresql", found.Scheme);
        Assert.Equal(password.Length, found.Length);
    }

    [Theory]
    [InlineData("Host=localhost;Username=postgres;Password=postgres")]
    [InlineData("Server=(localdb)\\mssqllocaldb;Database=Tickets;User Id=sa;Password=Local#Dev1")]
    [InlineData("Host=db.example.com;Username=app;Password=${DB_PASSWORD}")]
    [InlineData("Host=db.example.com;Username=app;Password={0}")]
    [InlineData("Host=db.example.com;Username=app;Password=;")]
    [InlineData("Server=db.example.com;Database=Tickets;Integrated Security=true")]
    [InlineData("postgresql://app:{password}@db.example.com/tickets")]
    [InlineData("postgresql://app@db.example.com/tickets")]
    [InlineData("redis://:password@db.example.com:6379")]
    [InlineData("postgres://postgres:secret@localhost:5432/tickets")]
    [InlineData("https://0123456789abcdef0123456789abcdef@o123456.ingest.sentry.io/1234567")]
    [InlineData("Password=abcdef")]
    public void Find_PlaceholdersLocalHostsAndDsns_AreNotFound(string text)
    {
        Assert.Empty(EmbeddedPasswords.Find(text));
    }

    [Fact]
    public void Find_InterpolationHole_IsNotFound()
    {
        var text = "Host=db.example.com;Username=app;Password=" + EmbeddedPasswords.HoleMarker + ";";

        Assert.Empty(EmbeddedPasswords.Find(text).ToList());
    }
}
