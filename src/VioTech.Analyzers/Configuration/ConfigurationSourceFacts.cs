using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Configuration;

/// <summary>
/// What the project's code adds to configuration besides the settings files, read from the syntax of
/// every tree of one compilation: prefixes of environment variables providers
/// (<c>AddEnvironmentVariables("APP_")</c>), sections bound as dictionaries (whose keys can be
/// anything), and providers whose keys the build cannot know (Key Vault, App Configuration, AWS,
/// in-memory collections, other JSON, XML or INI files). Built once per compilation, on the first
/// key that the index does not hold, so a project whose reads all match never pays for the walk.
/// Per-tree results are cached weakly by tree (see <see cref="TreeFacts"/>).
/// </summary>
internal sealed class ConfigurationSourceFacts
{
    /// <summary>Prefixes that <c>WebApplication.CreateBuilder</c> and the generic host add on their own.</summary>
    private static readonly string[] HostPrefixes = { "DOTNET_", "ASPNETCORE_" };

    private static readonly ImmutableHashSet<string> OpaqueProviderMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "AddAzureKeyVault", "AddAzureAppConfiguration", "AddSecretsManager", "AddSystemsManager", "AddKeyPerFile",
        "AddInMemoryCollection", "AddConfiguration", "AddVault", "AddConsul", "AddGoogleSecretManager");

    private static readonly ImmutableHashSet<string> FileProviderMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "AddJsonFile", "AddXmlFile", "AddIniFile", "AddYamlFile", "AddJsonStream");

    private static readonly ImmutableHashSet<string> BindingMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Configure", "Bind", "BindConfiguration", "Get", "AddOptions");

    private ConfigurationSourceFacts(IReadOnlyList<string> prefixes, bool hasUnknownPrefix, IReadOnlyList<string> dictionarySections, string? opaqueProvider, IReadOnlyList<string> settingsFolders)
    {
        EnvironmentPrefixes = prefixes;
        HasUnknownPrefix = hasUnknownPrefix;
        DictionarySections = dictionarySections;
        OpaqueProvider = opaqueProvider;
        SettingsFolders = settingsFolders;
    }

    /// <summary>Prefixes of the environment variables providers, the host's own included.</summary>
    public IReadOnlyList<string> EnvironmentPrefixes { get; }

    /// <summary>Whether some <c>AddEnvironmentVariables</c> call has a prefix that is not a literal.</summary>
    public bool HasUnknownPrefix { get; }

    public IReadOnlyList<string> DictionarySections { get; }

    /// <summary>The first provider whose keys the build cannot know, or null.</summary>
    public string? OpaqueProvider { get; }

    /// <summary>
    /// Relative folders of <c>appsettings*.json</c> files that the code loads from below the content
    /// root, such as <c>config</c> for <c>AddJsonFile("config/appsettings.json")</c>. The index holds
    /// only the files it was given (by default those beside the project file), so a key read from
    /// such a file is known only when the index lists a file in that folder.
    /// </summary>
    public IReadOnlyList<string> SettingsFolders { get; }

    /// <summary>Combines the facts of every tree; each tree's facts are cached for as long as the tree lives.</summary>
    public static ConfigurationSourceFacts Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var prefixes = new List<string>(HostPrefixes);
        var unknownPrefix = false;
        var dictionaries = new List<string>();
        string? opaque = null;
        var folders = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var facts = TreeFacts.GetOrCompute(tree, ForTree, cancellationToken);
            prefixes.AddRange(facts.EnvironmentPrefixes);
            unknownPrefix |= facts.HasUnknownPrefix;
            dictionaries.AddRange(facts.DictionarySections);
            opaque ??= facts.OpaqueProvider;
            folders.AddRange(facts.SettingsFolders);
        }

        return new ConfigurationSourceFacts(prefixes, unknownPrefix, dictionaries, opaque, folders);
    }

    /// <summary>
    /// Facts per syntax tree. The IDE keeps the trees of unchanged files across the compilations that
    /// typing creates, so only the edited file is walked again. The weak keys let the trees be collected.
    /// </summary>
    private static readonly WeakKeyedCache<SyntaxTree, ConfigurationSourceFacts> TreeFacts = new();

    private static ConfigurationSourceFacts ForTree(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var prefixes = new List<string>();
        var unknownPrefix = false;
        var dictionaries = new List<string>();
        string? opaque = null;
        var folders = new List<string>();
        foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = MethodName(invocation.Expression);
            if (name is null)
            {
                continue;
            }

            if (name.Identifier.ValueText == "AddEnvironmentVariables")
            {
                var argument = invocation.ArgumentList.Arguments.FirstOrDefault();
                if (argument is null)
                {
                    continue;
                }

                if (argument.Expression is LiteralExpressionSyntax { Token.Value: string prefix })
                {
                    prefixes.Add(prefix);
                }
                else
                {
                    unknownPrefix = true;
                }
            }
            else if (OpaqueProviderMethods.Contains(name.Identifier.ValueText))
            {
                opaque ??= name.Identifier.ValueText;
            }
            else if (FileProviderMethods.Contains(name.Identifier.ValueText))
            {
                if (!ReadsSettingsFile(invocation))
                {
                    opaque ??= name.Identifier.ValueText;
                }
                else if (SettingsFolder(invocation) is { Length: > 0 } folder)
                {
                    folders.Add(folder);
                }
            }
            else if (BindingMethods.Contains(name.Identifier.ValueText) && BindsDictionary(name)
                && SectionLiteral(BindingCall(invocation, name)) is { } section)
            {
                dictionaries.Add(ConfigurationIndex.NormalizeKey(section));
            }
        }

        return new ConfigurationSourceFacts(prefixes, unknownPrefix, dictionaries, opaque, folders);
    }

    private static SimpleNameSyntax? MethodName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name,
        SimpleNameSyntax simple => simple,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => null,
    };

    /// <summary>Whether a JSON file provider reads one of the <c>appsettings*.json</c> files, which the index contains already.</summary>
    private static bool ReadsSettingsFile(InvocationExpressionSyntax invocation)
    {
        var path = invocation.ArgumentList.Arguments
            .Select(argument => argument.Expression)
            .OfType<LiteralExpressionSyntax>()
            .Select(literal => literal.Token.Value as string)
            .FirstOrDefault(text => text is not null);
        if (path is null)
        {
            // An interpolated name such as $"appsettings.{env}.json" is still a settings file.
            return invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is InterpolatedStringExpressionSyntax interpolated
                && interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Any(text => FileNamePart(text.TextToken.ValueText).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase));
        }

        var fileName = FileNamePart(path);
        return fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the text after the last slash: <c>appsettings.</c> for <c>config/appsettings.</c>.</summary>
    private static string FileNamePart(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Substring(normalized.LastIndexOf('/') + 1);
    }

    /// <summary>
    /// Returns the folder part of a settings file's path (<c>config</c> for <c>"config/appsettings.json"</c>
    /// or <c>$"config/appsettings.{env}.json"</c>), with forward slashes and without <c>./</c>; empty for a
    /// file in the content root.
    /// </summary>
    private static string SettingsFolder(InvocationExpressionSyntax invocation)
    {
        var first = invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        var path = first switch
        {
            LiteralExpressionSyntax { Token.Value: string text } => text,
            InterpolatedStringExpressionSyntax { Contents: { Count: > 0 } contents } when contents[0] is InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => string.Empty,
        };
        path = path.Replace('\\', '/');
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return string.Empty;
        }

        var folder = path.Substring(0, slash);
        while (folder.StartsWith("./", StringComparison.Ordinal))
        {
            folder = folder.Substring(2);
        }

        return folder == "." ? string.Empty : folder.Trim('/');
    }

    private static bool BindsDictionary(SimpleNameSyntax name) =>
        name is GenericNameSyntax generic
        && generic.TypeArgumentList.Arguments.Any(argument => argument.ToString().IndexOf("Dictionary<", StringComparison.Ordinal) >= 0);

    /// <summary>The call that names the section: <c>AddOptions&lt;T&gt;()</c> names it in the chained <c>Bind</c> or <c>BindConfiguration</c>.</summary>
    private static InvocationExpressionSyntax BindingCall(InvocationExpressionSyntax invocation, SimpleNameSyntax name) =>
        name.Identifier.ValueText == "AddOptions" && invocation.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax chained }
            ? chained
            : invocation;

    /// <summary>The first string literal in the call's arguments, which names the bound section.</summary>
    private static string? SectionLiteral(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.DescendantNodes()
            .OfType<LiteralExpressionSyntax>()
            .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(literal => literal.Token.ValueText)
            .FirstOrDefault(text => text.Length > 0);
}
