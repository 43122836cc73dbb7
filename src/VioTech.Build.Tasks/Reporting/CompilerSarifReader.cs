using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>
/// Reads the VioTech results and rule metadata of a SARIF 2.1.0 log written by the C# compiler
/// (<c>ErrorLog=…,version=2.1</c>). Suppressed results are kept, with their suppression kind and
/// justification, so the report can list what was silenced.
/// </summary>
internal static class CompilerSarifReader
{
    public static void Read(string path, List<ReportFinding> findings, Dictionary<string, JsonElement> rules)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path} is not a SARIF log (no 'runs' array).");
        }

        foreach (var run in runs.EnumerateArray())
        {
            if (run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver)
                && driver.TryGetProperty("rules", out var driverRules) && driverRules.ValueKind == JsonValueKind.Array)
            {
                foreach (var rule in driverRules.EnumerateArray())
                {
                    var id = String(rule, "id");
                    if (IsVioTech(id) && !rules.ContainsKey(id))
                    {
                        rules[id] = rule.Clone();
                    }
                }
            }

            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var ruleId = String(result, "ruleId");
                if (!IsVioTech(ruleId))
                {
                    continue;
                }

                var (file, line, column, endLine, endColumn) = Location(result);
                var suppression = Suppression(result);
                var message = result.TryGetProperty("message", out var text) ? String(text, "text") : string.Empty;
                var level = result.TryGetProperty("level", out var levelElement) ? levelElement.GetString() ?? "warning" : "warning";
                var properties = result.TryGetProperty("properties", out var bag) ? bag : default;
                var source = String(properties, "reportedBy");
                findings.Add(new ReportFinding(ruleId, level, message, file, line, column, source.Length > 0 ? source : "compiler", suppression.Kind, suppression.Justification)
                {
                    SuppressionKind = suppression.VioTechKind,
                    Project = String(properties, "project"),
                    EndLine = endLine,
                    EndColumn = endColumn,
                    RelatedLocations = RelatedLocations(result),
                });
            }
        }
    }

    private static bool IsVioTech(string id) => id.StartsWith("VIO", StringComparison.Ordinal);

    private static (string File, int Line, int Column, int EndLine, int EndColumn) Location(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array)
        {
            return (string.Empty, 0, 0, 0, 0);
        }

        foreach (var location in locations.EnumerateArray())
        {
            if (PhysicalLocation(location) is { } physical)
            {
                return physical;
            }
        }

        return (string.Empty, 0, 0, 0, 0);
    }

    private static IReadOnlyList<(string File, int Line, int Column)> RelatedLocations(JsonElement result)
    {
        if (!result.TryGetProperty("relatedLocations", out var related) || related.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<(string, int, int)>();
        }

        var locations = new List<(string File, int Line, int Column)>();
        foreach (var location in related.EnumerateArray())
        {
            if (PhysicalLocation(location) is { } physical && physical.File.Length > 0)
            {
                locations.Add((physical.File, physical.Line, physical.Column));
            }
        }

        return locations;
    }

    private static (string File, int Line, int Column, int EndLine, int EndColumn)? PhysicalLocation(JsonElement location)
    {
        if (location.ValueKind != JsonValueKind.Object || !location.TryGetProperty("physicalLocation", out var physical))
        {
            return null;
        }

        var uri = physical.TryGetProperty("artifactLocation", out var artifact) ? String(artifact, "uri") : string.Empty;
        var file = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
        if (!physical.TryGetProperty("region", out var region))
        {
            return (file, 0, 0, 0, 0);
        }

        return (file, Number(region, "startLine"), Number(region, "startColumn"), Number(region, "endLine"), Number(region, "endColumn"));
    }

    /// <summary>
    /// Reads the first suppression of a result. <c>viotechKind</c> is the property that the
    /// package's own report adds (see <see cref="SuppressionKinds"/>); compiler logs lack it.
    /// </summary>
    private static (string? Kind, string? Justification, string? VioTechKind) Suppression(JsonElement result)
    {
        var (kind, justification, viotechKind, compilerType) = SuppressionWithType(result);
        return (kind, justification, viotechKind ?? FromCompilerType(compilerType));
    }

    /// <summary>
    /// Maps the compiler's <c>suppressionType</c> property (Roslyn 4.x writes "SuppressMessageAttribute",
    /// "Pragma Directive" or "DiagnosticSuppressor { Suppression Id: …, … }") to a report kind; null when absent.
    /// </summary>
    private static string? FromCompilerType(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        if (type!.StartsWith("SuppressMessage", StringComparison.Ordinal))
        {
            return SuppressionKinds.SuppressMessage;
        }

        if (type.StartsWith("Pragma", StringComparison.Ordinal))
        {
            return SuppressionKinds.Pragma;
        }

        if (type.StartsWith("DiagnosticSuppressor", StringComparison.Ordinal))
        {
            return type.Contains("Suppression Id: " + VioTech.Analyzers.Core.RuleIds.BaselineSuppressor + ",") ? SuppressionKinds.Baseline : SuppressionKinds.Suppressor;
        }

        return null;
    }

    private static (string? Kind, string? Justification, string? VioTechKind, string? CompilerType) SuppressionWithType(JsonElement result)
    {
        if (!result.TryGetProperty("suppressions", out var suppressions) || suppressions.ValueKind != JsonValueKind.Array)
        {
            return (null, null, null, null);
        }

        foreach (var suppression in suppressions.EnumerateArray())
        {
            var justification = String(suppression, "justification");
            var hasProperties = suppression.TryGetProperty("properties", out var properties);
            var kind = hasProperties ? String(properties, "viotechKind") : string.Empty;
            var compilerType = hasProperties ? String(properties, "suppressionType") : string.Empty;
            return (String(suppression, "kind"), justification.Length == 0 ? null : justification, kind.Length == 0 ? null : kind, compilerType);
        }

        return (null, null, null, null);
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;
}
