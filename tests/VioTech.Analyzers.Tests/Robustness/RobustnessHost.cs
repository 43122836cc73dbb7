using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Tests.Infrastructure;
using VioTech.Analyzers.Testing;

namespace VioTech.Analyzers.Tests.Robustness;

/// <summary>
/// Runs analyzers the way the compiler does (<see cref="CompilationWithAnalyzers"/>, concurrent
/// execution, analyzer options with additional files) and code fixes the way the IDE does, and
/// records every exception instead of letting the driver turn it into a silent AD0001.
/// </summary>
internal static class RobustnessHost
{

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        TestReferences.Paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray());

    // Compilations derived from these share their reference manager, so each variant binds the
    // framework's metadata once per process instead of once per variant.
    private static readonly Lazy<CSharpCompilation> ExecutableBase = new(() => CreateBase(OutputKind.ConsoleApplication));
    private static readonly Lazy<CSharpCompilation> LibraryBase = new(() => CreateBase(OutputKind.DynamicallyLinkedLibrary));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>Creates a compilation of the sources plus the Web SDK's implicit usings.</summary>
    public static Compilation CreateCompilation(IEnumerable<SyntaxTree> trees)
    {
        var list = trees.ToList();
        var hasTopLevelStatements = list.Any(tree => tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any());
        var baseCompilation = hasTopLevelStatements ? ExecutableBase.Value : LibraryBase.Value;
        list.Add(Parse(WebSdkGlobalUsings.Source, "GlobalUsings.g.cs"));
        return baseCompilation.AddSyntaxTrees(list);
    }

    /// <summary>Runs every analyzer over the compilation and returns what they reported and threw.</summary>
    public static async Task<AnalysisOutcome> AnalyzeAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<AdditionalText> additionalFiles,
        CancellationToken cancellationToken)
    {
        var failures = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, RobustnessOptionsProvider.Instance),
            onAnalyzerException: (exception, analyzer, diagnostic) =>
                failures.Enqueue($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false,
            analyzerExceptionFilter: null);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        foreach (var diagnostic in diagnostics.Where(IsAnalyzerFailure))
        {
            failures.Enqueue($"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return new AnalysisOutcome(diagnostics, failures.ToList());
    }

    /// <summary>
    /// Offers every code fix that claims one of the diagnostics, computes each offered action's
    /// operations and changed text, and runs each provider's Fix All in document scope. Returns
    /// the exceptions as failure descriptions.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunCodeFixesAsync(
        IReadOnlyList<(string Path, string Text)> sources,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> codeFixes,
        ImmutableArray<AdditionalText> additionalFiles,
        CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        using var workspace = new AdhocWorkspace();
        var document = AddProject(workspace, sources);
        var project = document.Project;
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var outcome = await AnalyzeAsync(compilation, analyzers, additionalFiles, cancellationToken).ConfigureAwait(false);
        failures.AddRange(outcome.Failures);

        foreach (var provider in codeFixes)
        {
            var fixable = outcome.Diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource).ToList();
            foreach (var diagnostic in fixable)
            {
                var target = project.GetDocument(diagnostic.Location.SourceTree);
                if (target is null)
                {
                    continue;
                }

                await Guard(provider, diagnostic.Id, failures, async () =>
                {
                    var actions = new List<CodeAction>();
                    var context = new CodeFixContext(target, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                    await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                    // NOTE: actions nested in a group are not reached: CodeAction.NestedActions is not public in Roslyn 4.8.
                    foreach (var action in actions)
                    {
                        await ApplyAsync(action, cancellationToken).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
            }

            if (fixable.Count > 0 && provider.GetFixAllProvider() is { } fixAll)
            {
                await Guard(provider, "Fix All", failures, () => RunFixAllAsync(project, provider, fixAll, fixable, cancellationToken)).ConfigureAwait(false);
            }
        }

        return failures;
    }

    private static async Task RunFixAllAsync(Project project, CodeFixProvider provider, FixAllProvider fixAll, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var first = diagnostics[0];
        var document = project.GetDocument(first.Location.SourceTree)!;

        // The equivalence key of the first offered action selects what Fix All applies, as in the IDE.
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
        var key = actions.FirstOrDefault()?.EquivalenceKey;
        if (key is null)
        {
            return;
        }

        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            key,
            provider.FixableDiagnosticIds,
            new FixedDiagnosticProvider(diagnostics),
            cancellationToken);
        var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
        if (action is not null)
        {
            await ApplyAsync(action, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ApplyAsync(CodeAction action, CancellationToken cancellationToken)
    {
        foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (operation is ApplyChangesOperation apply)
            {
                foreach (var changed in apply.ChangedSolution.Projects.SelectMany(p => p.Documents))
                {
                    // Materialise the text, which is where formatting and simplification run.
                    await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task Guard(CodeFixProvider provider, string what, List<string> failures, Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failures.Add($"{provider.GetType().Name} ({what}) threw {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static Document AddProject(AdhocWorkspace workspace, IReadOnlyList<(string Path, string Text)> sources)
    {
        var trees = sources.Select(source => Parse(source.Text, source.Path)).ToList();
        var outputKind = trees.Any(tree => tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any())
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        var projectInfo = ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Robustness",
            "Robustness",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: ParseOptions,
            metadataReferences: References.Value);
        var project = workspace.AddProject(projectInfo);
        Document? first = null;
        foreach (var (path, text) in sources.Append(("GlobalUsings.g.cs", WebSdkGlobalUsings.Source)))
        {
            var info = DocumentInfo.Create(
                DocumentId.CreateNewId(project.Id),
                path,
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default)),
                filePath: path);
            var document = workspace.AddDocument(info);
            first ??= document;
            project = document.Project;
        }

        return workspace.CurrentSolution.GetDocument(first!.Id)!;
    }

    private static CSharpCompilation CreateBase(OutputKind outputKind) =>
        CSharpCompilation.Create(
            "Robustness",
            syntaxTrees: null,
            references: References.Value,
            options: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

    private static bool IsAnalyzerFailure(Diagnostic diagnostic) =>
        diagnostic.Id is "AD0001" or "AD0002";

    /// <summary>Returns the diagnostics already computed, for Fix All.</summary>
    private sealed class FixedDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly IReadOnlyList<Diagnostic> diagnostics;

        public FixedDiagnosticProvider(IReadOnlyList<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => d.Location.SourceTree == tree).ToList();
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}

/// <summary>What one analysis run reported, and the analyzer failures seen through either channel.</summary>
internal sealed record AnalysisOutcome(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Failures);
