using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Infrastructure;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Catalog;

/// <summary>
/// Keeps the registry, the analyzers, the resources, the rule pages and the release tracking files
/// complete and in agreement. Task rules' resources are checked in the task tests.
/// </summary>
public sealed class RuleCatalogTests
{
    private static readonly string[] EnglishHeadings =
    {
        "## Summary", "## Description", "## Non-compliant example", "## Compliant example",
        "## How to fix", "## Configuration", "## Known limitations", "## Suppression",
    };

    private static readonly string[] SpanishHeadings =
    {
        "## Resumen", "## Descripción", "## Ejemplo no conforme", "## Ejemplo conforme",
        "## Cómo corregirlo", "## Configuración", "## Limitaciones conocidas", "## Supresión",
    };

    public static IEnumerable<object[]> AllRuleIds() => RuleCatalog.All.Select(rule => new object[] { rule.Id });

    public static IEnumerable<object[]> AnalyzerRuleIds() =>
        RuleCatalog.All.Where(rule => rule.Kind == RuleKind.Analyzer).Select(rule => new object[] { rule.Id });

    public static IEnumerable<object[]> AnalyzerAssemblyRuleIds() =>
        RuleCatalog.All.Where(rule => rule.Kind != RuleKind.Task).Select(rule => new object[] { rule.Id });

    [Fact]
    public void Registry_IdsAreWellFormedAndUnique()
    {
        var ids = RuleCatalog.All.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^VIO[1-4][0-9]{3}$", id));
    }

    [Fact]
    public void SupportedDiagnostics_AllComeFromRegistry()
    {
        foreach (var analyzer in AllAnalyzers())
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                Assert.True(RuleCatalog.TryGet(descriptor.Id, out var rule), $"{analyzer.GetType().Name} reports {descriptor.Id}, which is not registered.");
                Assert.Equal(RuleKind.Analyzer, rule.Kind);
                Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
                Assert.Equal(rule.Category, descriptor.Category);
                Assert.StartsWith("https://", descriptor.HelpLinkUri, StringComparison.Ordinal);
                Assert.NotEqual(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerRuleIds))]
    public void AnalyzerRule_IsSupportedByOneAnalyzer(string id)
    {
        var owners = AllAnalyzers().Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == id)).ToList();

        Assert.Single(owners);
        Assert.StartsWith(id, owners[0].GetType().Name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnalyzerAssemblyRuleIds))]
    public void AnalyzerRule_HasEnglishAndSpanishText(string id)
    {
        var rule = RuleCatalog.Get(id);
        var english = AnalyzerResources.Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var spanish = AnalyzerResources.Manager.GetResourceSet(new CultureInfo("es"), createIfNotExists: true, tryParents: false)!;

        foreach (var name in new[] { rule.TitleResourceName, rule.MessageResourceName, rule.DescriptionResourceName })
        {
            var englishText = english.GetString(name);
            var spanishText = spanish.GetString(name);
            Assert.False(string.IsNullOrWhiteSpace(englishText), $"{name} has no English text.");
            Assert.False(string.IsNullOrWhiteSpace(spanishText), $"{name} has no Spanish text.");
            Assert.NotEqual(englishText, spanishText);
            Assert.Equal(Placeholders(englishText!), Placeholders(spanishText!));
        }
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Rule_HasEnglishAndSpanishPages(string id)
    {
        var rule = RuleCatalog.Get(id);
        var englishPath = Path.Combine(TestReferences.RepositoryRoot, "docs", "rules", id + ".md");
        var spanishPath = Path.Combine(TestReferences.RepositoryRoot, "docs", "rules", "es", id + ".md");

        Assert.True(File.Exists(englishPath), $"Missing {englishPath}.");
        Assert.True(File.Exists(spanishPath), $"Missing {spanishPath}.");
        var english = File.ReadAllText(englishPath);
        var spanish = File.ReadAllText(spanishPath);
        Assert.StartsWith("# " + id + ": ", english, StringComparison.Ordinal);
        Assert.StartsWith("# " + id + ": ", spanish, StringComparison.Ordinal);
        Assert.Contains("(es/" + id + ".md)", english, StringComparison.Ordinal);
        Assert.Contains("(../" + id + ".md)", spanish, StringComparison.Ordinal);
        Assert.Contains(rule.Category, english, StringComparison.Ordinal);
        AssertHeadingsInOrder(englishPath, english, EnglishHeadings);
        AssertHeadingsInOrder(spanishPath, spanish, SpanishHeadings);
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Rule_IsInReleaseTracking(string id)
    {
        var rule = RuleCatalog.Get(id);
        // The analyzer release tracker rejects ids without a descriptor, so the suppressor's row is with the task rules.
        var folder = rule.Kind == RuleKind.Analyzer ? "VioTech.Analyzers" : "VioTech.Build.Tasks";
        var prefix = rule.Kind == RuleKind.Analyzer ? "AnalyzerReleases" : "TaskReleases";
        var rows = new[] { "Shipped", "Unshipped" }
            .Select(kind => Path.Combine(TestReferences.RepositoryRoot, "src", folder, $"{prefix}.{kind}.md"))
            .Where(File.Exists)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.StartsWith(id + " ", StringComparison.Ordinal))
            .ToList();

        var row = Assert.Single(rows);
        var cells = row.Split('|').Select(cell => cell.Trim()).ToArray();
        Assert.Equal(rule.Category, cells[1]);
        Assert.Equal(rule.DefaultSeverity.ToString(), cells[2]);
    }

    [Fact]
    public void Suppressors_AreRegisteredAndCoverEveryAnalyzerRule()
    {
        var suppressors = AllAnalyzers().OfType<DiagnosticSuppressor>().ToList();
        var analyzerRules = RuleCatalog.All.Where(rule => rule.Kind == RuleKind.Analyzer).Select(rule => rule.Id).OrderBy(id => id, StringComparer.Ordinal);

        foreach (var suppressor in suppressors)
        {
            var id = Assert.Single(suppressor.SupportedSuppressions.Select(descriptor => descriptor.Id).Distinct());
            Assert.Equal(RuleKind.Suppressor, RuleCatalog.Get(id).Kind);
            Assert.StartsWith(id, suppressor.GetType().Name, StringComparison.Ordinal);
            Assert.Equal(analyzerRules, suppressor.SupportedSuppressions.Select(descriptor => descriptor.SuppressedDiagnosticId).OrderBy(x => x, StringComparer.Ordinal));
        }

        Assert.Equal(
            RuleCatalog.All.Where(rule => rule.Kind == RuleKind.Suppressor).Select(rule => rule.Id),
            suppressors.Select(suppressor => suppressor.SupportedSuppressions[0].Id));
    }

    [Fact]
    public void HelpLinks_PointToTheRulesFolder()
    {
        Assert.Matches("^https://[^ ]+/docs/rules/$", RuleCatalog.HelpBaseUri);
    }

    [Fact]
    public void CodeFixes_FixOnlyRegisteredAnalyzerRules()
    {
        var fixes = typeof(VioTech.Analyzers.CodeFixes.Infrastructure.CodeFixResources).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .ToList();

        foreach (var type in fixes)
        {
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
            var id = Assert.Single(provider.FixableDiagnosticIds);
            Assert.Equal(RuleKind.Analyzer, RuleCatalog.Get(id).Kind);
            Assert.StartsWith(id, type.Name, StringComparison.Ordinal);
            Assert.NotNull(type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).SingleOrDefault());
            Assert.NotNull(provider.GetFixAllProvider());
        }
    }

    internal static IReadOnlyList<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(AnalyzerResources).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToList();

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{[0-9]+\}").Select(match => match.Value).Distinct().OrderBy(value => value, StringComparer.Ordinal).ToArray();

    private static void AssertHeadingsInOrder(string path, string page, string[] headings)
    {
        var position = 0;
        foreach (var heading in headings)
        {
            var found = page.IndexOf("\n" + heading + "\n", position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{path} lacks the heading '{heading}' (or has it out of order).");
            position = found + heading.Length;
        }
    }
}
