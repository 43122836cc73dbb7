using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Configuration;

/// <summary>Fixes VIO4201 by writing the closest declared variable name into the string literal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO4201EnvironmentVariableNotDeclaredCodeFixProvider))]
[Shared]
internal sealed class VIO4201EnvironmentVariableNotDeclaredCodeFixProvider : ConfigurationNameTypoCodeFixProvider
{
    protected override string RuleId => RuleIds.EnvironmentVariableNotDeclared;
}
