using System.Linq;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Manifest;

public sealed class VIO4101InvalidEnvironmentManifestTests
{
    [Theory]
    [InlineData("{\"variables\": {\"A\": {\"secret\": \"yes\"}}}", 1, 32, "'secret'")]
    [InlineData("{\"variables\": {\"A\": {\"format\": \"uri\"}}}", 1, 32, "'uri'")]
    [InlineData("{\"variables\": {\"A\": {\"format\": \"regex:[a-\"}}}", 1, 32, "regular expression")]
    [InlineData("{\"variables\": {\"A\": {\"requird\": true}}}", 1, 22, "'requird'")]
    [InlineData("{\"environments\": [\"Production\"], \"variables\": {\"A\": {\"required\": [\"Prod\"]}}}", 1, 67, "'Prod'")]
    [InlineData("{\"variables\": {\"JWT-SECRET\": {}}}", 1, 16, "'JWT-SECRET'")]
    [InlineData("{\"variables\": {\"A\": {\"minLength\": -1}}}", 1, 35, "'minLength'")]
    [InlineData("{\"variables\": {\"A\": {}, \"a\": {}}}", 1, 25, "'a'")]
    [InlineData("{\"variabels\": {}}", 1, 2, "'variabels'")]
    [InlineData("[]", 1, 1, "object")]
    public void SchemaError_IsReportedAtItsPosition(string json, int line, int column, string detail)
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", json);

        var engine = TaskRunner.Validate(folder, task => task.ManifestFiles = TaskRunner.Items(manifest));

        var warning = Assert.Single(engine.Warnings, w => w.Code == "VIO4101" && w.Message!.Contains(detail));
        Assert.Equal((line, column), (warning.LineNumber, warning.ColumnNumber));
    }

    [Fact]
    public void ValidManifest_GivesNoFinding()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", """
            {
              "$schema": "./viotech.env.schema.json",
              "environments": ["Development", "Production"],
              "behindTlsProxy": true,
              "variables": {
                "JWT_SECRET": { "description": "Signing key", "required": ["Production"], "secret": true, "format": "jwt-secret", "configKey": "Jwt:Secret" },
                "LOG_FORMAT": { "required": false, "allowedValues": ["json", "text"] },
                "TICKET_PREFIX": { "required": false, "format": "regex:^[A-Z]{3}$", "minLength": 3 }
              }
            }
            """);

        var engine = TaskRunner.Validate(folder, task => task.ManifestFiles = TaskRunner.Items(manifest));

        Assert.DoesNotContain(engine.Coded, line => line.Contains("VIO4101") || line.Contains("VIO4001"));
    }

    [Fact]
    public void ManifestSyntaxError_IsVio4001()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("viotech.env.json", "{\"variables\": {");

        var engine = TaskRunner.Validate(folder, task => task.ManifestFiles = TaskRunner.Items(manifest));

        Assert.Equal("VIO4001", Assert.Single(engine.Warnings).Code);
    }
}
