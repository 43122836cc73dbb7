using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using VioTech.Build.Tasks.Configuration;
using VioTech.Build.Tasks.Tests.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Manifest;

/// <summary>
/// Keeps the shipped JSON Schema, the manifest reader and the sample's manifest in agreement. The
/// schema is checked with <see cref="MiniSchema"/>, a checker of the draft-07 keywords the schema uses.
/// </summary>
public sealed class ManifestSchemaTests
{
    private static readonly string Root = typeof(ManifestSchemaTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    private static readonly string SchemaPath = Path.Combine(Root, "build", "viotech.env.schema.json");

    private static readonly string SampleManifest = Path.Combine(Root, "samples", "VioTech.Api", "viotech.env.json");

    [Fact]
    public void SampleManifest_MatchesSchema()
    {
        var errors = Validate(File.ReadAllText(SampleManifest));

        Assert.Empty(errors);
    }

    [Fact]
    public void SampleManifest_PassesReader()
    {
        using var folder = new TempFolder();

        var engine = TaskRunner.Validate(folder, task => task.ManifestFiles = TaskRunner.Items(SampleManifest));

        Assert.DoesNotContain(engine.Coded, line => line.Contains("VIO4101") || line.Contains("VIO4001"));
    }

    [Theory]
    [InlineData("{\"variables\": {\"A\": {\"secret\": \"yes\"}}}", "secret")]
    [InlineData("{\"variables\": {\"A\": {\"format\": \"uri\"}}}", "format")]
    [InlineData("{\"variables\": {\"A\": {\"requird\": true}}}", "requird")]
    [InlineData("{\"variables\": {\"JWT-SECRET\": {}}}", "JWT-SECRET")]
    [InlineData("{\"environments\": [], \"variables\": {}}", "environments")]
    [InlineData("{\"variabels\": {}}", "variabels")]
    public void BrokenManifest_FailsSchema(string json, string expected)
    {
        var errors = Validate(json);

        Assert.Contains(errors, error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaProperties_MatchReader()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var root = schema.RootElement;
        var rootNames = root.GetProperty("properties").EnumerateObject().Select(property => property.Name).OrderBy(name => name, StringComparer.Ordinal);
        var variableNames = root.GetProperty("definitions").GetProperty("variable").GetProperty("properties").EnumerateObject().Select(property => property.Name).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(ManifestReader.RootProperties.OrderBy(name => name, StringComparer.Ordinal), rootNames);
        Assert.Equal(ManifestReader.VariableProperties.OrderBy(name => name, StringComparer.Ordinal), variableNames);
    }

    private static List<string> Validate(string json)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        using var instance = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var errors = new List<string>();
        new MiniSchema(schema.RootElement).Check(schema.RootElement, instance.RootElement, "$", errors);
        return errors;
    }

    /// <summary>Checks the draft-07 keywords used by the manifest schema; unknown keywords are ignored.</summary>
    private sealed class MiniSchema
    {
        private readonly JsonElement root;

        public MiniSchema(JsonElement root) => this.root = root;

        public void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var target = root;
                foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
                {
                    target = target.GetProperty(part);
                }

                Check(target, value, path, errors);
                return;
            }

            if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
            {
                errors.Add($"{path}: expected {type.GetString()}");
                return;
            }

            if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(option => option.ValueKind == value.ValueKind && option.ToString() == value.ToString()))
            {
                errors.Add($"{path}: '{value}' is not in enum");
            }

            CheckString(schema, value, path, errors);
            CheckNumber(schema, value, path, errors);
            CheckArray(schema, value, path, errors);
            CheckObject(schema, value, path, errors);
            CheckCombinators(schema, value, path, errors);
        }

        private void CheckCombinators(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (schema.TryGetProperty("oneOf", out var oneOf))
            {
                var passing = oneOf.EnumerateArray().Count(option => Passes(option, value, path));
                if (passing != 1)
                {
                    errors.Add($"{path}: matches {passing} oneOf options");
                }
            }

            if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(option => Passes(option, value, path)))
            {
                errors.Add($"{path}: '{value}' matches no anyOf option");
            }
        }

        private bool Passes(JsonElement schema, JsonElement value, string path)
        {
            var errors = new List<string>();
            Check(schema, value, path, errors);
            return errors.Count == 0;
        }

        private static void CheckString(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                return;
            }

            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                errors.Add($"{path}: shorter than {minLength}");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
            {
                errors.Add($"{path}: '{text}' does not match {pattern}");
            }
        }

        private static void CheckNumber(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (value.ValueKind == JsonValueKind.Number && schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
            {
                errors.Add($"{path}: below {minimum}");
            }
        }

        private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            var items = value.EnumerateArray().ToList();
            if (schema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32())
            {
                errors.Add($"{path}: fewer than {minItems} items");
            }

            if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean() && items.Select(item => item.ToString()).Distinct().Count() != items.Count)
            {
                errors.Add($"{path}: items are not unique");
            }

            if (schema.TryGetProperty("items", out var itemSchema))
            {
                for (var index = 0; index < items.Count; index++)
                {
                    Check(itemSchema, items[index], $"{path}[{index}]", errors);
                }
            }
        }

        private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(name => name.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
                {
                    errors.Add($"{path}: missing {name}");
                }
            }

            var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
            foreach (var property in value.EnumerateObject())
            {
                var propertyPath = $"{path}.{property.Name}";
                if (schema.TryGetProperty("propertyNames", out var names))
                {
                    Check(names, JsonDocument.Parse(JsonSerializer.Serialize(property.Name)).RootElement, propertyPath, errors);
                }

                if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, propertyPath, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional))
                {
                    if (additional.ValueKind == JsonValueKind.False)
                    {
                        errors.Add($"{propertyPath}: not allowed");
                    }
                    else if (additional.ValueKind == JsonValueKind.Object)
                    {
                        Check(additional, property.Value, propertyPath, errors);
                    }
                }
            }
        }

        private static bool HasType(JsonElement value, string type) => type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            _ => true,
        };
    }
}
