using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using VioTech.Analyzers.Core;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// Reads <c>viotech.env.json</c> and reports every way it breaks the format documented in
/// <c>build/viotech.env.schema.json</c> (VIO4101): unknown or mistyped properties, unknown
/// environments or formats, invalid regular expressions, duplicate names.
/// </summary>
internal static class ManifestReader
{
    internal static readonly string[] RootProperties = { "$schema", "environments", "behindTlsProxy", "variables" };

    internal static readonly string[] VariableProperties = { "description", "required", "secret", "format", "minLength", "allowedValues", "configKey" };

    /// <summary>Returns the manifest, or null when it cannot be used at all; problems found on the way become findings.</summary>
    public static EnvironmentManifest? Read(string path, byte[] content, List<Finding> findings)
    {
        var root = JsonTree.Parse(path, content, 64, findings);
        if (root is null)
        {
            return null;
        }

        if (root.Kind != JsonValueKind.Object)
        {
            findings.Add(Invalid(path, root.Line, root.Column, "VIO4101_RootNotObject"));
            return null;
        }

        CheckProperties(path, root, RootProperties, findings);
        var environments = ReadEnvironments(path, root, findings);
        var behindTlsProxy = false;
        if (Property(root, "behindTlsProxy") is { } proxy)
        {
            behindTlsProxy = ReadBoolean(path, proxy, findings);
        }

        var variables = new List<ManifestVariable>();
        var variablesProperty = Property(root, "variables");
        if (variablesProperty is null)
        {
            findings.Add(Invalid(path, root.Line, root.Column, "VIO4101_MissingVariables"));
        }
        else if (variablesProperty.Value.Kind != JsonValueKind.Object)
        {
            findings.Add(Invalid(path, variablesProperty.Value.Line, variablesProperty.Value.Column, "VIO4101_ExpectObject", "variables"));
        }
        else
        {
            CheckDuplicates(path, variablesProperty.Value, findings);
            foreach (var property in variablesProperty.Value.Properties)
            {
                var variable = ReadVariable(path, property, environments, findings);
                if (variable is not null)
                {
                    variables.Add(variable);
                }
            }
        }

        return new EnvironmentManifest(path, environments, variables, behindTlsProxy, isTemplate: false);
    }

    private static IReadOnlyList<string> ReadEnvironments(string path, JsonTree root, List<Finding> findings)
    {
        var property = Property(root, "environments");
        if (property is null)
        {
            return EnvironmentManifest.DefaultEnvironments;
        }

        var names = ReadStrings(path, property, findings);
        if (names is null)
        {
            return EnvironmentManifest.DefaultEnvironments;
        }

        if (names.Count == 0)
        {
            findings.Add(Invalid(path, property.Value.Line, property.Value.Column, "VIO4101_EmptyEnvironments"));
            return EnvironmentManifest.DefaultEnvironments;
        }

        var unique = new List<string>();
        for (var index = 0; index < names.Count; index++)
        {
            var item = property.Value.Items[index];
            if (unique.Contains(names[index], StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(Invalid(path, item.Line, item.Column, "VIO4101_DuplicateEnvironment", names[index]));
            }
            else if (names[index].Trim().Length == 0)
            {
                findings.Add(Invalid(path, item.Line, item.Column, "VIO4101_ExpectStringArray", "environments"));
            }
            else
            {
                unique.Add(names[index]);
            }
        }

        return unique;
    }

    private static ManifestVariable? ReadVariable(string path, JsonProperty property, IReadOnlyList<string> environments, List<Finding> findings)
    {
        if (!EnvFile.IsValidName(property.Name))
        {
            findings.Add(Invalid(path, property.Line, property.Column, "VIO4101_InvalidVariableName", property.Name));
        }

        if (property.Value.Kind != JsonValueKind.Object)
        {
            findings.Add(Invalid(path, property.Value.Line, property.Value.Column, "VIO4101_ExpectObject", property.Name));
            return null;
        }

        var node = property.Value;
        CheckProperties(path, node, VariableProperties, findings);
        var variable = new ManifestVariable(property.Name, property.Line, property.Column);
        foreach (var field in node.Properties)
        {
            var value = field.Value;
            switch (field.Name)
            {
                case "description":
                    variable.Description = ReadString(path, field, findings);
                    break;
                case "secret":
                    variable.Secret = ReadBoolean(path, field, findings);
                    break;
                case "required":
                    variable.RequiredIn = ReadRequired(path, field, environments, findings);
                    break;
                case "format":
                    var format = ReadString(path, field, findings);
                    if (format is not null)
                    {
                        var problem = ValueFormats.Validate(format);
                        if (problem is not null)
                        {
                            findings.Add(new Finding(RuleIds.InvalidEnvironmentManifest, path, value.Line, value.Column, new[] { problem }));
                        }
                        else
                        {
                            variable.Format = format;
                        }
                    }

                    break;
                case "minLength":
                    if (value.Kind == JsonValueKind.Number && int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                    {
                        variable.MinLength = length;
                    }
                    else
                    {
                        findings.Add(Invalid(path, value.Line, value.Column, "VIO4101_ExpectNonNegativeInteger", field.Name));
                    }

                    break;
                case "allowedValues":
                    var allowed = ReadStrings(path, field, findings);
                    if (allowed is { Count: 0 })
                    {
                        findings.Add(Invalid(path, value.Line, value.Column, "VIO4101_ExpectStringArray", field.Name));
                    }
                    else
                    {
                        variable.AllowedValues = allowed;
                    }

                    break;
                case "configKey":
                    var configKey = ReadString(path, field, findings);
                    if (configKey is not null && configKey.Trim().Length == 0)
                    {
                        findings.Add(Invalid(path, value.Line, value.Column, "VIO4101_ExpectString", field.Name));
                    }
                    else
                    {
                        variable.ExplicitConfigKey = configKey;
                    }

                    break;
            }
        }

        return variable;
    }

    private static IReadOnlyList<string>? ReadRequired(string path, JsonProperty field, IReadOnlyList<string> environments, List<Finding> findings)
    {
        var value = field.Value;
        if (value.Kind == JsonValueKind.True)
        {
            return null;
        }

        if (value.Kind == JsonValueKind.False)
        {
            return Array.Empty<string>();
        }

        if (value.Kind != JsonValueKind.Array || value.Items.Any(item => item.Kind != JsonValueKind.String))
        {
            findings.Add(Invalid(path, value.Line, value.Column, "VIO4101_ExpectRequired"));
            return null;
        }

        foreach (var item in value.Items)
        {
            if (!environments.Contains(item.Text!, StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(Invalid(path, item.Line, item.Column, "VIO4101_UnknownEnvironment", item.Text!));
            }
        }

        return value.Items.Select(item => item.Text!).ToList();
    }

    private static void CheckProperties(string path, JsonTree node, string[] known, List<Finding> findings)
    {
        CheckDuplicates(path, node, findings);
        foreach (var property in node.Properties)
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                findings.Add(Invalid(path, property.Line, property.Column, "VIO4101_UnknownProperty", property.Name));
            }
        }
    }

    private static void CheckDuplicates(string path, JsonTree node, List<Finding> findings)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in node.Properties)
        {
            if (!seen.Add(property.Name))
            {
                findings.Add(Invalid(path, property.Line, property.Column, "VIO4101_DuplicateProperty", property.Name));
            }
        }
    }

    private static JsonProperty? Property(JsonTree node, string name) =>
        node.Properties.FirstOrDefault(property => property.Name == name);

    private static string? ReadString(string path, JsonProperty field, List<Finding> findings)
    {
        if (field.Value.Kind == JsonValueKind.String)
        {
            return field.Value.Text;
        }

        findings.Add(Invalid(path, field.Value.Line, field.Value.Column, "VIO4101_ExpectString", field.Name));
        return null;
    }

    private static bool ReadBoolean(string path, JsonProperty field, List<Finding> findings)
    {
        if (field.Value.Kind is JsonValueKind.True or JsonValueKind.False)
        {
            return field.Value.Kind == JsonValueKind.True;
        }

        findings.Add(Invalid(path, field.Value.Line, field.Value.Column, "VIO4101_ExpectBoolean", field.Name));
        return false;
    }

    private static List<string>? ReadStrings(string path, JsonProperty field, List<Finding> findings)
    {
        if (field.Value.Kind != JsonValueKind.Array || field.Value.Items.Any(item => item.Kind != JsonValueKind.String))
        {
            findings.Add(Invalid(path, field.Value.Line, field.Value.Column, "VIO4101_ExpectStringArray", field.Name));
            return null;
        }

        return field.Value.Items.Select(item => item.Text!).ToList();
    }

    private static Finding Invalid(string path, int line, int column, string resource, params string[] args) =>
        new(RuleIds.InvalidEnvironmentManifest, path, line, column, new[] { TaskText.Reference(resource, args) });
}
