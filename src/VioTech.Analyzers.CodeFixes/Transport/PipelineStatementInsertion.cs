using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Pipeline;

namespace VioTech.Analyzers.CodeFixes.Transport;

/// <summary>
/// Inserts statements into an entry point next to the statement that the analyzer chose (see
/// <see cref="PipelineInsertionPoint"/>). The edit is a plain text change, indented like the
/// neighbouring statement, so that Fix All can merge the changes of several pipelines.
/// </summary>
internal static class PipelineStatementInsertion
{
    /// <summary>Returns true when the diagnostic carries what the fix needs: the anchor statement and the application's name.</summary>
    public static bool CanFix(Diagnostic diagnostic, bool needsEnvironment) =>
        diagnostic.AdditionalLocations.Count == 1
        && diagnostic.Properties.TryGetValue(PipelineInsertionPoint.ApplicationProperty, out var application) && !string.IsNullOrEmpty(application)
        && (!needsEnvironment || (diagnostic.Properties.TryGetValue(PipelineInsertionPoint.EnvironmentProperty, out var environment) && !string.IsNullOrEmpty(environment)));

    /// <summary>
    /// Inserts the lines built by <paramref name="buildLines"/> (given the application name, the
    /// environment expression and the indentation) before or after the anchor statement.
    /// </summary>
    public static async Task<Document> InsertAsync(
        Document document,
        Diagnostic diagnostic,
        System.Func<string, string, string, string[]> buildLines,
        CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var anchor = diagnostic.AdditionalLocations[0].SourceSpan;
        var application = diagnostic.Properties[PipelineInsertionPoint.ApplicationProperty]!;
        diagnostic.Properties.TryGetValue(PipelineInsertionPoint.EnvironmentProperty, out var environment);
        var after = diagnostic.Properties.TryGetValue(PipelineInsertionPoint.PositionProperty, out var position) && position == PipelineInsertionPoint.After;

        var firstLine = text.Lines.GetLineFromPosition(anchor.Start);
        var lineText = firstLine.ToString();
        var indentation = new string(lineText.TakeWhile(char.IsWhiteSpace).ToArray());
        var newLine = firstLine.EndIncludingLineBreak > firstLine.End
            ? text.ToString(TextSpan.FromBounds(firstLine.End, firstLine.EndIncludingLineBreak))
            : "\n";

        var lines = buildLines(application, environment ?? string.Empty, indentation);
        var block = string.Concat(lines.Select(line => (line.Length == 0 ? string.Empty : indentation + line) + newLine));

        TextChange change;
        if (after)
        {
            var lastLine = text.Lines.GetLineFromPosition(anchor.End);
            change = new TextChange(new TextSpan(lastLine.EndIncludingLineBreak, 0), newLine + block);
        }
        else
        {
            change = new TextChange(new TextSpan(firstLine.Start, 0), block + (lines.Length > 1 ? newLine : string.Empty));
        }

        return document.WithText(text.WithChanges(change));
    }
}
