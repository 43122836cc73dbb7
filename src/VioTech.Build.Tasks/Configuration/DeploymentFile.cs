using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>How a deployment file gives a variable its value.</summary>
internal enum VariableSourceKind
{
    /// <summary>A value written in the file (<c>value:</c> in Render, a plain value in Compose).</summary>
    Literal,

    /// <summary>A reference resolved at deploy time: <c>${VAR}</c> or a Compose key without a value.</summary>
    Interpolated,

    /// <summary>Render's <c>sync: false</c>: the value is entered in the dashboard.</summary>
    Dashboard,

    /// <summary>Render's <c>fromDatabase</c>, <c>fromService</c> or <c>generateValue</c>.</summary>
    Platform,
}

/// <summary>A variable a deployment file sets for one service.</summary>
internal sealed class DeploymentVariable
{
    public DeploymentVariable(string key, VariableSourceKind kind, string? value, int line, int column, int valueLine, int valueColumn)
    {
        Key = key;
        Kind = kind;
        Value = value;
        Line = line;
        Column = column;
        ValueLine = valueLine;
        ValueColumn = valueColumn;
    }

    public string Key { get; }

    public VariableSourceKind Kind { get; }

    /// <summary>The literal value; null unless <see cref="Kind"/> is <see cref="VariableSourceKind.Literal"/>.</summary>
    public string? Value { get; }

    public int Line { get; }

    public int Column { get; }

    public int ValueLine { get; }

    public int ValueColumn { get; }
}

/// <summary>A service of a deployment file and the environment it runs in.</summary>
internal sealed class DeploymentService
{
    public DeploymentService(string file, string name, IReadOnlyList<DeploymentVariable> variables, string? environmentOverride)
    {
        File = file;
        Name = name;
        Variables = variables;

        // The ASP.NET Core host reads ASPNETCORE_ENVIRONMENT, then DOTNET_ENVIRONMENT, and defaults to Production.
        Environment = environmentOverride
            ?? variables.FirstOrDefault(variable => variable.Key == "ASPNETCORE_ENVIRONMENT" && variable.Kind == VariableSourceKind.Literal)?.Value
            ?? variables.FirstOrDefault(variable => variable.Key == "DOTNET_ENVIRONMENT" && variable.Kind == VariableSourceKind.Literal)?.Value
            ?? "Production";
    }

    public string File { get; }

    public string Name { get; }

    public string Environment { get; }

    public IReadOnlyList<DeploymentVariable> Variables { get; }
}

/// <summary>
/// Reads the services and their variables from a Render Blueprint (<c>render.yaml</c>:
/// <c>services[].envVars[]</c> and <c>envVarGroups</c> joined through <c>fromGroup</c>) or from a
/// Compose file (<c>services.*.environment</c>, as a map or as a list of <c>KEY=value</c>).
/// </summary>
internal static class DeploymentFile
{
    /// <summary>Returns whether a file name is a Compose file (<c>docker-compose*.yml</c>, <c>compose*.yaml</c>); other deployment files are read as Render Blueprints.</summary>
    public static bool IsCompose(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal);
    }

    public static List<DeploymentService> ReadServices(string path, IReadOnlyList<YamlNode> documents, bool compose, string? environmentOverride)
    {
        var services = new List<DeploymentService>();
        foreach (var root in documents.OfType<YamlMapping>())
        {
            if (compose)
            {
                ReadCompose(path, root, environmentOverride, services);
            }
            else
            {
                ReadRender(path, root, environmentOverride, services);
            }
        }

        return services;
    }

    private static void ReadRender(string path, YamlMapping root, string? environmentOverride, List<DeploymentService> services)
    {
        var groups = new Dictionary<string, List<DeploymentVariable>>(StringComparer.Ordinal);
        var groupNames = new List<string>();
        if (root.Get("envVarGroups") is YamlSequence groupList)
        {
            foreach (var group in groupList.Items.OfType<YamlMapping>())
            {
                var name = group.GetText("name") ?? string.Empty;
                groups[name] = ReadRenderVariables(group.Get("envVars"), groups: null);
                groupNames.Add(name);
            }
        }

        var usedGroups = new HashSet<string>(StringComparer.Ordinal);
        if (root.Get("services") is YamlSequence serviceList)
        {
            foreach (var service in serviceList.Items.OfType<YamlMapping>())
            {
                var name = service.GetText("name") ?? "(unnamed)";
                var variables = ReadRenderVariables(service.Get("envVars"), groups, usedGroups);
                services.Add(new DeploymentService(path, name, variables, environmentOverride));
            }
        }

        // A group no service uses still holds values committed to the repository.
        foreach (var name in groupNames.Where(name => !usedGroups.Contains(name)))
        {
            services.Add(new DeploymentService(path, "envVarGroups/" + name, groups[name], environmentOverride));
        }
    }

    private static List<DeploymentVariable> ReadRenderVariables(YamlNode? node, Dictionary<string, List<DeploymentVariable>>? groups, HashSet<string>? usedGroups = null)
    {
        var variables = new List<DeploymentVariable>();
        if (node is not YamlSequence list)
        {
            return variables;
        }

        foreach (var entry in list.Items.OfType<YamlMapping>())
        {
            if (entry.GetText("fromGroup") is { } groupName)
            {
                usedGroups?.Add(groupName);
                if (groups is not null && groups.TryGetValue(groupName, out var groupVariables))
                {
                    variables.AddRange(groupVariables);
                }

                continue;
            }

            if (entry.Get("key") is not YamlScalar key || key.IsNull)
            {
                continue;
            }

            if (entry.Get("value") is YamlScalar value && !value.IsNull)
            {
                var kind = value.Value.StartsWith("${", StringComparison.Ordinal) ? VariableSourceKind.Interpolated : VariableSourceKind.Literal;
                variables.Add(new DeploymentVariable(key.Value, kind, kind == VariableSourceKind.Literal ? value.Value : null, key.Line, key.Column, value.Line, value.Column));
            }
            else if (entry.Get("fromDatabase") is not null || entry.Get("fromService") is not null || entry.GetText("generateValue") is "true")
            {
                variables.Add(new DeploymentVariable(key.Value, VariableSourceKind.Platform, null, key.Line, key.Column, key.Line, key.Column));
            }
            else if (entry.GetText("sync") is "false")
            {
                variables.Add(new DeploymentVariable(key.Value, VariableSourceKind.Dashboard, null, key.Line, key.Column, key.Line, key.Column));
            }
        }

        return variables;
    }

    private static void ReadCompose(string path, YamlMapping root, string? environmentOverride, List<DeploymentService> services)
    {
        if (root.Get("services") is not YamlMapping serviceMap)
        {
            return;
        }

        foreach (var (nameNode, body) in serviceMap.Entries)
        {
            var name = (nameNode as YamlScalar)?.Value ?? "(unnamed)";
            var variables = new List<DeploymentVariable>();
            var environment = (body as YamlMapping)?.Get("environment");
            if (environment is YamlMapping map)
            {
                foreach (var (keyNode, valueNode) in map.Entries)
                {
                    if (keyNode is YamlScalar key)
                    {
                        variables.Add(ComposeVariable(key.Value, valueNode as YamlScalar, key.Line, key.Column, valueNode.Line, valueNode.Column));
                    }
                }
            }
            else if (environment is YamlSequence list)
            {
                foreach (var item in list.Items.OfType<YamlScalar>())
                {
                    var equals = item.Value.IndexOf('=');
                    var key = equals < 0 ? item.Value : item.Value.Substring(0, equals);
                    var value = equals < 0 ? null : new YamlScalar(item.Value.Substring(equals + 1), false, item.Line, item.Column + equals + 1);
                    variables.Add(ComposeVariable(key, value, item.Line, item.Column, item.Line, item.Column + equals + 1));
                }
            }

            services.Add(new DeploymentService(path, name, variables, environmentOverride));
        }
    }

    private static DeploymentVariable ComposeVariable(string key, YamlScalar? value, int line, int column, int valueLine, int valueColumn)
    {
        // A key without a value passes the variable through from the host's environment.
        if (value is null || value.IsNull || value.Value.IndexOf("${", StringComparison.Ordinal) >= 0)
        {
            return new DeploymentVariable(key, VariableSourceKind.Interpolated, null, line, column, valueLine, valueColumn);
        }

        return new DeploymentVariable(key, VariableSourceKind.Literal, value.Value, line, column, valueLine, valueColumn);
    }
}
