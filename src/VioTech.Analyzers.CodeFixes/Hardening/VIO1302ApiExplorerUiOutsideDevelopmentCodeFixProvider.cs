using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using VioTech.Analyzers.Core;

namespace VioTech.Analyzers.CodeFixes.Hardening;

/// <summary>Fixes VIO1302 by wrapping the statement in <c>if (env.IsDevelopment()) { … }</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VIO1302ApiExplorerUiOutsideDevelopmentCodeFixProvider))]
[Shared]
internal sealed class VIO1302ApiExplorerUiOutsideDevelopmentCodeFixProvider : DevelopmentGuardCodeFixProvider
{
    protected override string RuleId => RuleIds.ApiExplorerUiOutsideDevelopment;
}
