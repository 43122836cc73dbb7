using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace VioTech.Analyzers.Core.Configuration;

/// <summary>
/// A project's configuration as the build reads it, in the line-oriented form that the targets
/// write into <c>obj/</c> and pass to the compiler as an additional file: the settings files with every
/// key they set (non-secret values only), the variables of the environment manifest with the
/// configuration keys they feed, and the variable names that <c>.env</c> and deployment files set.
/// The MSBuild task writes it and the analyzers read it, so the analyzer assembly parses no JSON.
/// </summary>
/// <remarks>
/// Format: a header line, then one record per line with tab-separated fields. Backslash, tab, carriage
/// return and line feed inside a field are written as <c>\\</c>, <c>\t</c>, <c>\r</c> and <c>\n</c>.
/// Records: <c>manifest</c> (path), <c>environment</c> (name), <c>file</c> (path, environment or empty),
/// <c>setting</c> (file number, line, column, kind, key, value), <c>variable</c> (name, configuration
/// key, <c>secret</c> or empty) and <c>source</c> (a variable name that a <c>.env</c> or deployment file
/// sets). A secret setting's value field contains its length, never its text.
/// </remarks>
public sealed class ConfigurationIndex
{
    /// <summary>File name in <c>obj/</c>; the analyzers look for it among the additional files.</summary>
    public const string FileName = "viotech.configuration.txt";

    /// <summary>First line of the file; a file with another first line is ignored.</summary>
    public const string Header = "# VioTech configuration index, format 1";

    private readonly Dictionary<string, List<IndexedSetting>> settingsByKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> sections = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IndexedVariable> variablesByName = new(StringComparer.OrdinalIgnoreCase);

    private ConfigurationIndex(
        string? manifestPath,
        IReadOnlyList<string> environments,
        IReadOnlyList<IndexedFile> files,
        IReadOnlyList<IndexedSetting> settings,
        IReadOnlyList<IndexedVariable> variables,
        IReadOnlyList<string> sourceNames)
    {
        ManifestPath = manifestPath;
        Environments = environments;
        Files = files;
        Settings = settings;
        Variables = variables;
        SourceNames = sourceNames;
        foreach (var setting in settings)
        {
            if (!settingsByKey.TryGetValue(setting.Key, out var list))
            {
                list = new List<IndexedSetting>();
                settingsByKey.Add(setting.Key, list);
            }

            list.Add(setting);
            AddSections(setting.Key);
        }

        foreach (var variable in variables)
        {
            if (!variablesByName.ContainsKey(variable.Name))
            {
                variablesByName.Add(variable.Name, variable);
            }
        }
    }

    /// <summary>Path of the environment manifest, or null when the project has none.</summary>
    public string? ManifestPath { get; }

    public bool HasManifest => ManifestPath is not null;

    /// <summary>Environments that the manifest or the file names declare.</summary>
    public IReadOnlyList<string> Environments { get; }

    public IReadOnlyList<IndexedFile> Files { get; }

    public IReadOnlyList<IndexedSetting> Settings { get; }

    public IReadOnlyList<IndexedVariable> Variables { get; }

    /// <summary>Variable names that <c>.env</c> and deployment files set.</summary>
    public IReadOnlyList<string> SourceNames { get; }

    /// <summary>Returns the settings with the key, in every file, compared without case as configuration compares keys.</summary>
    public IReadOnlyList<IndexedSetting> SettingsWithKey(string key) =>
        settingsByKey.TryGetValue(NormalizeKey(key), out var list) ? list : Array.Empty<IndexedSetting>();

    /// <summary>Returns whether some settings file sets the key or a key below it.</summary>
    public bool ContainsKeyOrSection(string key)
    {
        var normalized = NormalizeKey(key);
        return settingsByKey.ContainsKey(normalized) || sections.Contains(normalized);
    }

    public IndexedVariable? FindVariable(string name) =>
        variablesByName.TryGetValue(name, out var variable) ? variable : null;

    /// <summary>
    /// Converts a key or an environment variable name to the form configuration uses: <c>__</c> (the
    /// environment variables provider's separator) becomes <c>:</c>, so <c>Jwt__Secret</c> feeds <c>Jwt:Secret</c>.
    /// </summary>
    public static string NormalizeKey(string key) => key.Replace("__", ":");

    /// <summary>Parses the text of an index; returns null when the header is missing.</summary>
    public static ConfigurationIndex? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header)
        {
            return null;
        }

        string? manifest = null;
        var environments = new List<string>();
        var files = new List<IndexedFile>();
        var settings = new List<IndexedSetting>();
        var variables = new List<IndexedVariable>();
        var sources = new List<string>();
        for (var lineIndex = 1; lineIndex < lines.Length; lineIndex++)
        {
            var line = lines[lineIndex].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t').Select(Unescape).ToArray();
            switch (fields[0])
            {
                case "manifest" when fields.Length >= 2:
                    manifest = fields[1];
                    break;
                case "environment" when fields.Length >= 2:
                    environments.Add(fields[1]);
                    break;
                case "file" when fields.Length >= 3:
                    files.Add(new IndexedFile(files.Count, fields[1], fields[2].Length == 0 ? null : fields[2]));
                    break;
                case "setting" when fields.Length >= 7
                    && TryParseInt(fields[1], out var fileNumber) && fileNumber >= 0 && fileNumber < files.Count
                    && TryParseInt(fields[2], out var settingLine)
                    && TryParseInt(fields[3], out var settingColumn)
                    && TryParseKind(fields[4], out var kind):
                    settings.Add(new IndexedSetting(files[fileNumber], settingLine, settingColumn, kind, fields[5], fields[6]));
                    break;
                case "variable" when fields.Length >= 4:
                    variables.Add(new IndexedVariable(fields[1], fields[2], fields[3] == "secret"));
                    break;
                case "source" when fields.Length >= 2:
                    sources.Add(fields[1]);
                    break;
            }
        }

        return new ConfigurationIndex(manifest, environments, files, settings, variables, sources);
    }

    /// <summary>Returns the text of an index, which <see cref="Parse"/> reads back.</summary>
    public static string Write(
        string? manifestPath,
        IEnumerable<string> environments,
        IReadOnlyList<IndexedFile> files,
        IEnumerable<IndexedSetting> settings,
        IEnumerable<IndexedVariable> variables,
        IEnumerable<string> sourceNames)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        if (manifestPath is not null)
        {
            AppendRecord(text, "manifest", manifestPath);
        }

        foreach (var environment in environments)
        {
            AppendRecord(text, "environment", environment);
        }

        foreach (var file in files)
        {
            AppendRecord(text, "file", file.Path, file.Environment ?? string.Empty);
        }

        foreach (var setting in settings)
        {
            AppendRecord(
                text,
                "setting",
                setting.File.Number.ToString(CultureInfo.InvariantCulture),
                setting.Line.ToString(CultureInfo.InvariantCulture),
                setting.Column.ToString(CultureInfo.InvariantCulture),
                KindName(setting.Kind),
                setting.Key,
                setting.Value);
        }

        foreach (var variable in variables)
        {
            AppendRecord(text, "variable", variable.Name, variable.ConfigKey, variable.Secret ? "secret" : string.Empty);
        }

        foreach (var name in sourceNames)
        {
            AppendRecord(text, "source", name);
        }

        return text.ToString();
    }

    private void AddSections(string key)
    {
        var separator = key.LastIndexOf(':');
        while (separator > 0)
        {
            key = key.Substring(0, separator);
            if (!sections.Add(key))
            {
                return;
            }

            separator = key.LastIndexOf(':');
        }
    }

    private static void AppendRecord(StringBuilder text, string record, params string[] fields)
    {
        text.Append(record);
        foreach (var field in fields)
        {
            text.Append('\t').Append(Escape(field));
        }

        text.Append('\n');
    }

    private static string Escape(string field)
    {
        if (field.IndexOfAny(new[] { '\\', '\t', '\r', '\n' }) < 0)
        {
            return field;
        }

        return field.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n");
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var index = 0; index < field.Length; index++)
        {
            var character = field[index];
            if (character != '\\' || index + 1 == field.Length)
            {
                text.Append(character);
                continue;
            }

            index++;
            text.Append(field[index] switch
            {
                't' => '\t',
                'r' => '\r',
                'n' => '\n',
                _ => field[index],
            });
        }

        return text.ToString();
    }

    private static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static string KindName(SettingKind kind) => kind.ToString().ToLowerInvariant();

    private static bool TryParseKind(string text, out SettingKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(typeof(SettingKind), kind);
}

/// <summary>A settings file of the index: its path and the environment it is loaded in (null for <c>appsettings.json</c>).</summary>
public sealed class IndexedFile
{
    public IndexedFile(int number, string path, string? environment)
    {
        Number = number;
        Path = path;
        Environment = environment;
    }

    /// <summary>Position of the file in the index, which <see cref="IndexedSetting"/> records refer to.</summary>
    public int Number { get; }

    public string Path { get; }

    public string? Environment { get; }
}

/// <summary>The JSON kind of a setting, or <see cref="Secret"/> when only its length is recorded.</summary>
public enum SettingKind
{
    String,
    Number,
    True,
    False,
    Null,
    Object,
    Array,
    Secret,
}

/// <summary>
/// One key of a settings file. <see cref="Value"/> is the text of a string or number, the length of
/// a secret, and empty otherwise. The task writes leaves only (an empty object or array is a
/// <see cref="SettingKind.Null"/> leaf, as the JSON provider reads it), and sections are derived from
/// the keys below them. The <see cref="SettingKind.Object"/> and <see cref="SettingKind.Array"/> kinds,
/// with their number of children, are part of the format for writers that record sections.
/// </summary>
public sealed class IndexedSetting
{
    public IndexedSetting(IndexedFile file, int line, int column, SettingKind kind, string key, string value)
    {
        File = file;
        Line = line;
        Column = column;
        Kind = kind;
        Key = key;
        Value = value;
    }

    public IndexedFile File { get; }

    /// <summary>One-based position of the value in the file.</summary>
    public int Line { get; }

    public int Column { get; }

    public SettingKind Kind { get; }

    public string Key { get; }

    public string Value { get; }

    /// <summary>Number of children of an object or array, or characters of a secret; 0 otherwise.</summary>
    public int Count => int.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0;
}

/// <summary>A variable of the environment manifest and the configuration key it feeds.</summary>
public sealed class IndexedVariable
{
    public IndexedVariable(string name, string configKey, bool secret)
    {
        Name = name;
        ConfigKey = configKey;
        Secret = secret;
    }

    public string Name { get; }

    public string ConfigKey { get; }

    public bool Secret { get; }
}
