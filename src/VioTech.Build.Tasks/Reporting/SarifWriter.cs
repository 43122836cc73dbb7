using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>Writes one SARIF 2.1.0 log with every VioTech finding of a project, from the compiler and the tasks.</summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(string path, IReadOnlyList<ReportFinding> findings, IReadOnlyDictionary<string, JsonElement> compilerRules, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteLog(writer, findings, compilerRules, toolVersion);
        }

        AtomicFile.WriteAllText(path, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Returns the rule titles of the log: task rules from the task resources, analyzer rules from the compiler's log.</summary>
    public static Dictionary<string, string> RuleTitles(IReadOnlyDictionary<string, JsonElement> compilerRules) =>
        RuleCatalog.All.ToDictionary(
            rule => rule.Id,
            rule => rule.Kind == RuleKind.Task ? TaskText.Format(rule.TitleResourceName) : Text(compilerRules, rule.Id, "shortDescription"),
            StringComparer.Ordinal);

    private static void WriteLog(Utf8JsonWriter writer, IReadOnlyList<ReportFinding> findings, IReadOnlyDictionary<string, JsonElement> compilerRules, string toolVersion)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "VioTech.Analyzers");
        writer.WriteString("version", toolVersion);
        writer.WriteString("informationUri", RuleCatalog.HelpBaseUri);
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(writer, rule, compilerRules);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("results");
        foreach (var finding in findings)
        {
            WriteResult(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleInfo rule, IReadOnlyDictionary<string, JsonElement> compilerRules)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        var title = rule.Kind == RuleKind.Task ? TaskText.Format(rule.TitleResourceName) : Text(compilerRules, rule.Id, "shortDescription");
        var description = rule.Kind == RuleKind.Task ? TaskText.Format(rule.DescriptionResourceName) : Text(compilerRules, rule.Id, "fullDescription");
        if (title.Length > 0)
        {
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", title);
            writer.WriteEndObject();
        }

        if (description.Length > 0)
        {
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", description);
            writer.WriteEndObject();
        }

        writer.WriteString("helpUri", rule.HelpUri);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", rule.DefaultSeverity == RuleSeverity.Warning ? "warning" : "note");
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteString("reportedBy", rule.Kind switch { RuleKind.Task => "msbuild-task", RuleKind.Suppressor => "suppressor", _ => "analyzer" });
        writer.WriteStartArray("tags");
        writer.WriteStringValue("security");
        foreach (var tag in rule.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, int line, int column, int endLine, int endColumn)
    {
        if (line <= 0)
        {
            return;
        }

        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", line);
        writer.WriteNumber("startColumn", Math.Max(column, 1));
        if (endLine >= line)
        {
            writer.WriteNumber("endLine", endLine);
            writer.WriteNumber("endColumn", Math.Max(endColumn, 1));
        }

        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, ReportFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("level", finding.Level);
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        if (finding.File.Length > 0)
        {
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", new Uri(Path.GetFullPath(finding.File)).AbsoluteUri);
            writer.WriteEndObject();
            WriteRegion(writer, finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (finding.RelatedLocations.Count > 0)
        {
            writer.WriteStartArray("relatedLocations");
            foreach (var (file, line, column) in finding.RelatedLocations)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", new Uri(Path.GetFullPath(file)).AbsoluteUri);
                writer.WriteEndObject();
                WriteRegion(writer, line, column, 0, 0);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (finding.Suppression is { } kind)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", kind);
            if (finding.Justification is { } justification)
            {
                writer.WriteString("justification", justification);
            }

            if (finding.SuppressionKind is { } viotechKind)
            {
                writer.WriteStartObject("properties");
                writer.WriteString("viotechKind", viotechKind);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("reportedBy", finding.Source);
        if (finding.Project.Length > 0)
        {
            writer.WriteString("project", finding.Project);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Text(IReadOnlyDictionary<string, JsonElement> rules, string id, string property) =>
        rules.TryGetValue(id, out var rule) && rule.TryGetProperty(property, out var value)
            && value.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString() ?? string.Empty
            : string.Empty;
}
