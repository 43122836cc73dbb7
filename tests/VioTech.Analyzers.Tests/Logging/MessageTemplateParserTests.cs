using System.Linq;
using VioTech.Analyzers.Core.Logging;

namespace VioTech.Analyzers.Tests.Logging;

public sealed class MessageTemplateParserTests
{
    [Fact]
    public void NamedHoles_AreParsedInOrder()
    {
        var template = MessageTemplate.Parse("Payment {PaymentId} failed for {UserEmail}");

        Assert.Empty(template.Errors);
        Assert.Equal(new[] { "PaymentId", "UserEmail" }, template.Holes.Select(hole => hole.Name));
        Assert.False(template.IsPositional);
        Assert.Equal(2, template.ExpectedArgumentCount);
        Assert.Equal(8, template.Holes[0].Start);
        Assert.Equal(11, template.Holes[0].Length);
        Assert.Equal(9, template.Holes[0].NameStart);
    }

    [Fact]
    public void Tokens_AlternateTextAndHoles()
    {
        var template = MessageTemplate.Parse("a {B} c");

        Assert.Equal(new[] { TemplateTokenKind.Text, TemplateTokenKind.Hole, TemplateTokenKind.Text }, template.Tokens.Select(token => token.Kind));
        Assert.Equal(new[] { "a ", "{B}", " c" }, template.Tokens.Select(token => token.Value));
        Assert.Equal(new[] { 0, 2, 5 }, template.Tokens.Select(token => token.Start));
    }

    [Fact]
    public void EscapedBraces_AreTextNotHoles()
    {
        var template = MessageTemplate.Parse("Literal {{Braces}} and }} then {Real}");

        Assert.Empty(template.Errors);
        var hole = Assert.Single(template.Holes);
        Assert.Equal("Real", hole.Name);
        Assert.Equal("Literal {Braces} and } then ", template.Tokens[0].Value);
    }

    [Fact]
    public void FormatAndAlignment_AreSeparated()
    {
        var template = MessageTemplate.Parse("{Amount,-10:N2} {Date:yyyy-MM-dd HH:mm} {Name,8}");

        Assert.Empty(template.Errors);
        Assert.Equal(-10, template.Holes[0].Alignment);
        Assert.Equal("N2", template.Holes[0].Format);
        Assert.Null(template.Holes[1].Alignment);
        Assert.Equal("yyyy-MM-dd HH:mm", template.Holes[1].Format);
        Assert.Equal(8, template.Holes[2].Alignment);
        Assert.Null(template.Holes[2].Format);
    }

    [Fact]
    public void Operators_AreRecognised()
    {
        var template = MessageTemplate.Parse("{@Order} {$Client} {Plain}");

        Assert.Equal(new[] { HoleOperator.Destructure, HoleOperator.Stringify, HoleOperator.None }, template.Holes.Select(hole => hole.Operator));
        Assert.Equal(new[] { "Order", "Client", "Plain" }, template.Holes.Select(hole => hole.Name));
    }

    [Fact]
    public void PositionalHoles_CountHighestIndex()
    {
        var template = MessageTemplate.Parse("{1} then {0} then {1}");

        Assert.True(template.IsPositional);
        Assert.Equal(new int?[] { 1, 0, 1 }, template.Holes.Select(hole => hole.Position));
        Assert.Equal(2, template.ExpectedArgumentCount);
    }

    [Fact]
    public void MixedHoles_AreNotPositional()
    {
        var template = MessageTemplate.Parse("{0} and {Name}");

        Assert.False(template.IsPositional);
        Assert.True(template.Holes[0].IsPositional);
        Assert.False(template.Holes[1].IsPositional);
        Assert.Equal(2, template.ExpectedArgumentCount);
    }

    [Fact]
    public void UnclosedHole_IsErrorAtItsBrace()
    {
        var template = MessageTemplate.Parse("Order {OrderId failed");

        var error = Assert.Single(template.Errors);
        Assert.Equal(TemplateErrorKind.UnclosedHole, error.Kind);
        Assert.Equal(6, error.Start);
        Assert.Equal(15, error.Length);
        Assert.Empty(template.Holes);
    }

    [Fact]
    public void UnclosedHole_BeforeAnotherHole_KeepsTheNextHole()
    {
        var template = MessageTemplate.Parse("{Broken {Fine}");

        Assert.Equal(TemplateErrorKind.UnclosedHole, Assert.Single(template.Errors).Kind);
        Assert.Equal("Fine", Assert.Single(template.Holes).Name);
    }

    [Fact]
    public void LoneClosingBrace_IsError()
    {
        var template = MessageTemplate.Parse("Done } here");

        var error = Assert.Single(template.Errors);
        Assert.Equal(TemplateErrorKind.UnmatchedClosingBrace, error.Kind);
        Assert.Equal(5, error.Start);
    }

    [Theory]
    [InlineData("{}", TemplateErrorKind.EmptyName, 0)]
    [InlineData("x {:N2}", TemplateErrorKind.EmptyName, 2)]
    [InlineData("{User Id}", TemplateErrorKind.InvalidName, 5)]
    [InlineData("{User-Id}", TemplateErrorKind.InvalidName, 5)]
    [InlineData("{Amount,wide}", TemplateErrorKind.InvalidAlignment, 8)]
    public void InvalidHole_IsReportedWithPosition(string text, TemplateErrorKind kind, int start)
    {
        var error = Assert.Single(MessageTemplate.Parse(text).Errors);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(start, error.Start);
    }

    [Fact]
    public void InvalidName_StillCountsAsHole()
    {
        var template = MessageTemplate.Parse("{User Id}");

        Assert.Equal("User Id", Assert.Single(template.Holes).Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain text")]
    public void TextWithoutHoles_HasNoHolesOrErrors(string? text)
    {
        var template = MessageTemplate.Parse(text);

        Assert.Empty(template.Holes);
        Assert.Empty(template.Errors);
        Assert.Equal(0, template.ExpectedArgumentCount);
    }

    [Fact]
    public void EscapeText_DoublesBraces()
    {
        Assert.Equal("a {{b}} c", MessageTemplate.EscapeText("a {b} c"));
        Assert.Equal("plain", MessageTemplate.EscapeText("plain"));
    }
}
