using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Configuration;

/// <summary>Fixes VIO4202 by writing the closest known configuration key into the string literal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO4202ConfigurationKeyNotFoundCodeFixProvider))]
[Shared]
internal sealed class VIO4202ConfigurationKeyNotFoundCodeFixProvider : ConfigurationNameTypoCodeFixProvider
{
    protected override string RuleId => RuleIds.ConfigurationKeyNotFound;
}
