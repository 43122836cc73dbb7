using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VioTech.Analyzers.Core.Secrets;

namespace VioTech.Analyzers.Benchmarks.Micro;

/// <summary>
/// <see cref="SecretScanner.Scan"/> over the texts that VIO2001 and VIO2005 hand it: every string
/// literal token (interpolated text parts included) and every comment of the generated project,
/// or each whole source file as one text, as the settings and <c>.env</c> checks scan files.
/// Throughput in MB/s is the printed size (UTF-16 characters × 2 bytes) divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class SecretScanBenchmarks
{
    private string[] texts = Array.Empty<string>();

    [Params("literals-and-comments", "whole-files")]
    public string Corpus { get; set; } = "literals-and-comments";

    [GlobalSetup]
    public void Setup()
    {
        texts = Corpus == "whole-files"
            ? BenchmarkProject.Sources().ToArray()
            : BenchmarkProject.ParseTrees().SelectMany(LiteralsAndComments).ToArray();
        var characters = texts.Sum(text => (long)text.Length);
        Console.WriteLine($"// corpus {Corpus}: {texts.Length:N0} texts, {characters * 2:N0} bytes");
    }

    [Benchmark]
    public int ScanCorpus()
    {
        var found = 0;
        foreach (var text in texts)
        {
            found += SecretScanner.Scan(text).Count;
        }

        return found;
    }

    private static IEnumerable<string> LiteralsAndComments(SyntaxTree tree)
    {
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                yield return token.Text;
            }

            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
                {
                    yield return trivia.ToFullString();
                }
            }
        }
    }
}
