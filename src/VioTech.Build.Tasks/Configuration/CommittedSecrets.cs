using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>
/// The rules backed by the shared secret engine: VIO4002 (a live provider credential, found by
/// <see cref="SecretScanner"/>, in any configuration, deployment or CI file) and VIO4007 (a
/// credential-named settings key with a real-looking value, found by <see cref="CredentialDetector"/>
/// and <see cref="EmbeddedPasswords"/>). Findings carry the provider, public prefix and length only.
/// </summary>
internal static class CommittedSecrets
{
    /// <summary>Reports each live provider credential in <paramref name="value"/>, which starts at the given position.</summary>
    public static void CheckProviderSecrets(string file, int line, int column, string? value, List<Finding> findings)
    {
        if (value is null)
        {
            return;
        }

        foreach (var match in SecretScanner.Scan(value).Where(match => match.Category == SecretCategory.Live))
        {
            var (matchLine, matchColumn) = Offset(line, column, value, match.Start);
            var redacted = match.PublicPrefix.Length == 0
                ? TaskText.Reference("VIO4002_RedactedLength", Count(match.Length))
                : TaskText.Reference("VIO4002_RedactedPrefix", match.PublicPrefix, Count(match.Length));
            findings.Add(new Finding(RuleIds.ProviderSecretInConfiguration, file, matchLine, matchColumn,
                new[] { match.ProviderName, redacted, match.EnvironmentVariableName }));
        }
    }

    /// <summary>VIO4007 for one string leaf of a settings file.</summary>
    public static void CheckCredential(string file, SettingEntry entry, List<Finding> findings)
    {
        if (!entry.IsString || entry.Value is null)
        {
            return;
        }

        var variable = entry.Key.Replace(":", "__");
        var credential = CredentialDetector.Evaluate(LastSegment(entry.Key), entry.Value) ?? CredentialDetector.Evaluate(entry.Key, entry.Value);
        if (credential is not null)
        {
            findings.Add(new Finding(RuleIds.CredentialInSettings, file, entry.ValueLine, entry.ValueColumn,
                new[] { entry.Key, TaskText.Reference("VIO4007_Kind" + credential.Kind), Count(credential.Length), variable }));
            return;
        }

        foreach (var password in EmbeddedPasswords.Find(entry.Value))
        {
            findings.Add(new Finding(RuleIds.CredentialInSettings, file, entry.ValueLine, entry.ValueColumn,
                new[] { entry.Key, TaskText.Reference("VIO4007_KindEmbeddedPassword"), Count(password.Length), variable }));
        }
    }

    /// <summary>
    /// Scans a file that is read for provider secrets only: <c>launchSettings.json</c> (every string),
    /// a Dockerfile (<c>ENV</c> and <c>ARG</c> lines) or a CI workflow (values of <c>env:</c> blocks).
    /// </summary>
    public static void ScanFile(string path, byte[] content, List<Finding> findings)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var root = JsonTree.Parse(path, content, 64, findings);
            if (root is not null)
            {
                ScanJson(path, root, findings);
            }
        }
        else if (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            var documents = YamlReader.Read(path, content, findings);
            foreach (var document in documents ?? Array.Empty<YamlNode>())
            {
                ScanWorkflow(path, document, insideEnv: false, findings);
            }
        }
        else
        {
            ScanDockerfile(path, content, findings);
        }
    }

    /// <summary>
    /// Keeps one finding a position when the secret rules overlap: a provider credential (VIO4002)
    /// wins over a manifest secret (VIO4103), which wins over a credential-named key (VIO4007).
    /// </summary>
    public static List<Finding> RemoveOverlaps(List<Finding> findings)
    {
        var priority = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [RuleIds.ProviderSecretInConfiguration] = 0,
            [RuleIds.SecretVariableLiteral] = 1,
            [RuleIds.CredentialInSettings] = 2,
        };
        var best = new Dictionary<(string, int), int>();
        foreach (var finding in findings.Where(finding => priority.ContainsKey(finding.RuleId)))
        {
            var key = (finding.File, finding.Line);
            var rank = priority[finding.RuleId];
            best[key] = best.TryGetValue(key, out var current) ? Math.Min(current, rank) : rank;
        }

        return findings
            .Where(finding => !priority.TryGetValue(finding.RuleId, out var rank) || best[(finding.File, finding.Line)] == rank)
            .ToList();
    }

    private static void ScanJson(string path, JsonTree node, List<Finding> findings)
    {
        if (node.Kind == System.Text.Json.JsonValueKind.String)
        {
            CheckProviderSecrets(path, node.Line, node.Column + 1, node.Text, findings);
        }

        foreach (var property in node.Properties)
        {
            ScanJson(path, property.Value, findings);
        }

        foreach (var item in node.Items)
        {
            ScanJson(path, item, findings);
        }
    }

    private static void ScanWorkflow(string path, YamlNode node, bool insideEnv, List<Finding> findings)
    {
        switch (node)
        {
            case YamlScalar scalar when insideEnv:
                CheckProviderSecrets(path, scalar.Line, scalar.Column + (scalar.Plain ? 0 : 1), scalar.Value, findings);
                break;
            case YamlMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    ScanWorkflow(path, value, insideEnv || (key is YamlScalar { Value: "env" }), findings);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    ScanWorkflow(path, item, insideEnv, findings);
                }

                break;
        }
    }

    private static void ScanDockerfile(string path, byte[] content, List<Finding> findings)
    {
        var offset = TextFiles.HasUtf8Bom(content) ? 3 : 0;
        var lines = Encoding.UTF8.GetString(content, offset, content.Length - offset).Replace("\r\n", "\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var text = lines[index];
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("ENV ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("ARG ", StringComparison.OrdinalIgnoreCase))
            {
                CheckProviderSecrets(path, index + 1, 1, text, findings);
            }
        }
    }

    /// <summary>Returns the position of a character of a value that starts at (line, column), following its line breaks.</summary>
    private static (int Line, int Column) Offset(int line, int column, string value, int index)
    {
        var lastBreak = value.LastIndexOf('\n', Math.Max(0, index - 1));
        if (index == 0 || lastBreak < 0)
        {
            return (line, column + index);
        }

        var breaks = value.Substring(0, index).Count(character => character == '\n');
        return (line + breaks, index - lastBreak);
    }

    private static string LastSegment(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon < 0 ? key : key.Substring(colon + 1);
    }

    private static string Count(int length) => length.ToString(CultureInfo.InvariantCulture);
}
