using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core.Configuration;
using VioTech.Analyzers.Tests.Infrastructure;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>One source text to analyse, with where it came from and how it was broken.</summary>
internal sealed record CodeVariant(string Input, string Change, string Path, string Text)
{
    public override string ToString() => $"{Input} {Change}";
}

/// <summary>
/// The inputs of the broken-code tests and their variants. Inputs are the sample's C# files, every
/// C# test input embedded in the analyzer tests (raw string literals, markup removed), and the
/// realistic sources. Variants cut an input off at a token boundary or delete random tokens, with a
/// fixed seed so that a failure reproduces.
/// </summary>
internal static class BrokenCodeCorpus
{
    public const int Seed = 20_261_204;

    /// <summary>Truncated variants in the normal test run; the fuzz run has no cap.</summary>
    public const int SuiteTruncationBudget = 1_500;

    /// <summary>
    /// Variants with deleted tokens in the normal test run. Fewer than truncations because each is
    /// a whole file, which costs about twice as much to bind as the average truncated one, and the
    /// whole robustness suite must stay near 2 minutes on 2 shared cores.
    /// </summary>
    public const int SuiteDeletionBudget = 700;

    /// <summary>
    /// <c>VIOTECH_FUZZ=N</c> (N ≥ 1) selects the long fuzz run: every input cut at every character
    /// (token boundaries included), and 100 × max(N, 10) random deletions per input.
    /// </summary>
    public static int FuzzRounds { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("VIOTECH_FUZZ"), out var rounds) && rounds > 0 ? Math.Max(rounds, 10) : 0;

    public static bool IsFuzzRun => FuzzRounds > 0;

    public static IReadOnlyList<(string Name, string Text)> Inputs { get; } = LoadInputs();

    /// <summary>Settings and env files passed to analyzers as additional files, one of them broken.</summary>
    public static ImmutableArray<AdditionalText> AdditionalFiles { get; } = LoadAdditionalFiles();

    public static IReadOnlyList<(string Name, string Text)> SampleInputs =>
        Inputs.Where(input => input.Name.StartsWith("samples/", StringComparison.Ordinal)).ToList();

    /// <summary>Each input cut off after each of its tokens and trivia (at every character in the fuzz run).</summary>
    public static IReadOnlyList<CodeVariant> Truncations()
    {
        var all = new List<CodeVariant>();
        var priority = new List<CodeVariant>();
        foreach (var (name, text) in Inputs)
        {
            // The fuzz run also cuts inside tokens: at every character of the input.
            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            var ends = IsFuzzRun
                ? Enumerable.Range(0, text.Length)
                : root.DescendantTokens(descendIntoTrivia: true).Select(token => token.Span.End).Where(end => end < text.Length).Distinct();
            foreach (var end in ends)
            {
                var variant = new CodeVariant(name, $"cut at {end}", FileName(name), text.Substring(0, end));
                (name.StartsWith("samples/", StringComparison.Ordinal) ? priority : all).Add(variant);
            }
        }

        // The sample is always cut at every boundary; the rest is thinned evenly to the budget.
        return priority.Concat(Thin(all, Math.Max(0, SuiteTruncationBudget - priority.Count))).ToList();
    }

    /// <summary>Each input with one to three random tokens deleted, several times per input.</summary>
    public static IReadOnlyList<CodeVariant> Deletions()
    {
        var random = new Random(Seed);
        var variants = new List<CodeVariant>();
        var rounds = IsFuzzRun ? FuzzRounds * 100 : Math.Max(1, SuiteDeletionBudget / Math.Max(1, Inputs.Count) + 1);
        foreach (var (name, text) in Inputs)
        {
            var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(token => token.Span.Length > 0).ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            for (var round = 0; round < rounds; round++)
            {
                var deleted = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => tokens[random.Next(tokens.Count)].Span)
                    .Distinct()
                    .OrderByDescending(span => span.Start)
                    .ToList();
                var builder = new StringBuilder(text);
                foreach (var span in deleted)
                {
                    builder.Remove(span.Start, span.Length);
                }

                var change = "deleted " + string.Join(",", deleted.Select(span => span.ToString()));
                variants.Add(new CodeVariant(name, change, FileName(name), builder.ToString()));
            }
        }

        return Thin(variants, SuiteDeletionBudget).ToList();
    }

    private static IEnumerable<CodeVariant> Thin(List<CodeVariant> variants, int budget)
    {
        if (IsFuzzRun || variants.Count <= budget)
        {
            return variants;
        }

        var stride = (double)variants.Count / Math.Max(1, budget);
        return Enumerable.Range(0, budget).Select(index => variants[(int)(index * stride)]);
    }

    private static IReadOnlyList<(string, string)> LoadInputs()
    {
        var root = TestReferences.RepositoryRoot;
        var inputs = new List<(string, string)>();
        foreach (var file in SourceFiles(Path.Combine(root, "samples")))
        {
            inputs.Add((Relative(root, file), File.ReadAllText(file)));
        }

        foreach (var file in SourceFiles(Path.Combine(root, "tests", "VioTech.Analyzers.Tests")))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}Robustness{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var index = 0;
            foreach (var source in EmbeddedSources(File.ReadAllText(file)))
            {
                inputs.Add(($"{Relative(root, file)}#{index++}", source));
            }
        }

        inputs.AddRange(RealisticSources.All.Select(source => ("realistic/" + source.Path, source.Text)));
        return inputs;
    }

    /// <summary>Returns the raw string literals of a test file that hold C# code, with test markup removed.</summary>
    private static IEnumerable<string> EmbeddedSources(string testFile)
    {
        var tokens = CSharpSyntaxTree.ParseText(testFile).GetRoot().DescendantTokens();
        foreach (var token in tokens)
        {
            if (token.Kind() is not (SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken))
            {
                continue;
            }

            var value = token.ValueText;
            if (value.Length >= 20 && (value.Contains(';', StringComparison.Ordinal) || value.Contains('{', StringComparison.Ordinal)))
            {
                yield return RemoveMarkup(value);
            }
        }
    }

    /// <summary>Removes the test harness markup: <c>{|ID:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>.</summary>
    internal static string RemoveMarkup(string source)
    {
        source = Regex.Replace(source, @"\{\|(#\d+:|[A-Za-z0-9]+:)?", string.Empty);
        return source.Replace("|}", string.Empty, StringComparison.Ordinal)
            .Replace("[|", string.Empty, StringComparison.Ordinal)
            .Replace("|]", string.Empty, StringComparison.Ordinal);
    }

    private static ImmutableArray<AdditionalText> LoadAdditionalFiles()
    {
        var root = TestReferences.RepositoryRoot;
        var files = Directory.GetFiles(Path.Combine(root, "samples"), "appsettings*.json", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToList();
        var env = FakeSecrets.Fill("DATABASE_URL=postgresql://postgres:{{DATABASE_PASSWORD}}@db.example.supabase.co:5432/postgres\n" +
            "SUPABASE_SERVICE_ROLE_KEY={{SUPABASE_SERVICE_ROLE_KEY}}\nRESEND_API_KEY={{RESEND_API_KEY}}\nJWT_SECRET=\"{{JWT_SECRET}}\n");
        files.Add(new InMemoryAdditionalText("/src/VioTech.Api/.env", env));
        files.Add(new InMemoryAdditionalText("/src/VioTech.Api/appsettings.Production.json", "{ \"Jwt\": { \"Secret\": \"" + FakeSecrets.All[3].Value));
        files.Add(new InMemoryAdditionalText("/src/VioTech.Api/appsettings.Staging.json", string.Empty));
        files.Add(new InMemoryAdditionalText("/src/VioTech.Api/obj/Debug/net8.0/" + ConfigurationIndex.FileName, SampleConfigurationIndex()));
        return files.ToImmutableArray();
    }

    /// <summary>A configuration index like the one the build writes for the sample, so that the code and configuration rules run too.</summary>
    private static string SampleConfigurationIndex()
    {
        var baseFile = new IndexedFile(0, "/src/VioTech.Api/appsettings.json", null);
        var production = new IndexedFile(1, "/src/VioTech.Api/appsettings.Production.json", "Production");
        return ConfigurationIndex.Write(
            "/src/VioTech.Api/viotech.env.json",
            new[] { "Development", "Staging", "Production" },
            new[] { baseFile, production },
            new[]
            {
                new IndexedSetting(baseFile, 2, 15, SettingKind.String, "Jwt:Issuer", "https://auth.tickets.example"),
                new IndexedSetting(baseFile, 3, 20, SettingKind.Number, "Jwt:ExpiryMinutes", "0"),
                new IndexedSetting(production, 2, 20, SettingKind.Secret, "Jwt:Secret", "12"),
                new IndexedSetting(production, 3, 20, SettingKind.String, "Tickets:MaxPerOrder", "many"),
            },
            new[] { new IndexedVariable("JWT_SECRET", "Jwt:Secret", true), new IndexedVariable("DATABASE_URL", "ConnectionStrings:Default", true) },
            new[] { "SENTRY_DSN" });
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(path => !IsBuildOutput(path)).OrderBy(path => path, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string FileName(string name) => Path.GetFileName(name.Split('#')[0]);

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => text;
    }
}
