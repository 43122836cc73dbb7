using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace VioTech.Analyzers.CodeFixes.Hardening;

/// <summary>Wraps one statement in <c>if (env.IsDevelopment()) { … }</c> as a text change, so that Fix All can merge several.</summary>
internal static class DevelopmentGuardWrapper
{
    public static async Task<Document> WrapAsync(Document document, TextSpan statementSpan, string environment, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var line = text.Lines.GetLineFromPosition(statementSpan.Start);
        var indentation = new string(line.ToString().TakeWhile(char.IsWhiteSpace).ToArray());
        var newLine = line.EndIncludingLineBreak > line.End ? text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak)) : "\n";
        var statement = text.ToString(statementSpan);
        var wrapped = "if (" + environment + ".IsDevelopment())" + newLine
            + indentation + "{" + newLine
            + indentation + "    " + statement + newLine
            + indentation + "}";
        return document.WithText(text.WithChanges(new TextChange(statementSpan, wrapped)));
    }
}
