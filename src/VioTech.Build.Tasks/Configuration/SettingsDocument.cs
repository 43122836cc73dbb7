using System;
using System.Collections.Generic;
using System.Linq;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// One <c>appsettings*.json</c> file as the JSON configuration provider sees it: a list of
/// flattened keys (<c>Section:Key</c>, array elements as <c>Section:0</c>) with their positions.
/// </summary>
internal sealed class SettingsDocument
{
    public SettingsDocument(string path, string? environment, IReadOnlyList<SettingEntry> entries)
    {
        Path = path;
        Environment = environment;
        Entries = entries;
        foreach (var entry in entries)
        {
            if (!byKey.ContainsKey(entry.Key))
            {
                byKey.Add(entry.Key, entry);
            }
        }
    }

    private readonly Dictionary<string, SettingEntry> byKey = new(StringComparer.OrdinalIgnoreCase);

    public string Path { get; }

    /// <summary>The environment the file is loaded in (<c>Production</c> for <c>appsettings.Production.json</c>); null for the base file.</summary>
    public string? Environment { get; }

    /// <summary>Every leaf in file order, duplicates included.</summary>
    public IReadOnlyList<SettingEntry> Entries { get; }

    /// <summary>Returns the first leaf with the key, compared without case as the provider compares it.</summary>
    public SettingEntry? Find(string key) => byKey.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>Returns whether the key is a leaf or a section (a prefix of leaves) of this file.</summary>
    public bool ContainsKeyOrSection(string key) =>
        byKey.ContainsKey(key)
        || Entries.Any(entry => entry.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the environment an <c>appsettings.{Environment}.json</c> file name names, or null.</summary>
    public static string? EnvironmentFromFileName(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        const string prefix = "appsettings.";
        const string suffix = ".json";
        if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            || name.Length <= prefix.Length + suffix.Length)
        {
            return null;
        }

        return name.Substring(prefix.Length, name.Length - prefix.Length - suffix.Length);
    }
}

/// <summary>A flattened key of a settings file and its scalar value (null for JSON null and empty containers).</summary>
internal sealed class SettingEntry
{
    public SettingEntry(string key, string? value, bool isString, int line, int column, int valueLine, int valueColumn)
    {
        Key = key;
        Value = value;
        IsString = isString;
        Line = line;
        Column = column;
        ValueLine = valueLine;
        ValueColumn = valueColumn;
    }

    public string Key { get; }

    public string? Value { get; }

    /// <summary>Whether the value was a JSON string (as opposed to a number, boolean or null).</summary>
    public bool IsString { get; }

    /// <summary>Position of the property name (or of the array element).</summary>
    public int Line { get; }

    public int Column { get; }

    public int ValueLine { get; }

    public int ValueColumn { get; }
}
