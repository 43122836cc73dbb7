using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// VIO2003: a string literal (or the literal text of an interpolated string) holds a connection
/// string with a <c>Password=</c>/<c>Pwd=</c> key or a URI with <c>user:password@</c>, and the password
/// is literal. The diagnostic marks the password only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO2003PasswordInConnectionStringAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.PasswordInConnectionString);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var options = new SecretAnalyzerOptions.Cache(start.Options, start.Compilation);
            start.RegisterSyntaxNodeAction(
                nodeContext => Analyze(nodeContext, options),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.InterpolatedStringExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SecretAnalyzerOptions.Cache cache)
    {
        var node = context.Node;
        if (node.Span.Length < 10)
        {
            return;
        }

        // The source text of the expression, with every interpolation hole blanked out, keeps
        // offsets equal to source positions.
        var text = node.ToString().ToCharArray();
        if (node is InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole)
                {
                    for (var i = hole.SpanStart; i < hole.Span.End; i++)
                    {
                        text[i - node.SpanStart] = EmbeddedPasswords.HoleMarker;
                    }
                }
            }
        }

        var source = new string(text);
        var options = cache.Get(node.SyntaxTree);
        foreach (var password in EmbeddedPasswords.Find(source))
        {
            if (options.IsAllowed(source.Substring(password.Start, password.Length)))
            {
                continue;
            }

            var where = password.Form == EmbeddedPasswordForm.UriUserInfo
                ? new LocalizedText("This " + password.Scheme + ":// URI", "Este URI " + password.Scheme + "://")
                : new LocalizedText("The " + password.Scheme + " key of this connection string", "La clave " + password.Scheme + " de esta cadena de conexión");
            var length = new LocalizedText(
                SecretRedaction.Describe(string.Empty, password.Length, spanish: false),
                SecretRedaction.Describe(string.Empty, password.Length, spanish: true));
            var location = Location.Create(node.SyntaxTree, new TextSpan(node.SpanStart + password.Start, password.Length));
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, where, length));
        }
    }
}
