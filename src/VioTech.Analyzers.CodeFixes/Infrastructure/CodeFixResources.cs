using System.Globalization;
using System.Resources;

namespace VioTech.Analyzers.CodeFixes.Infrastructure;

/// <summary>Code fix titles, from <c>Resources.resx</c> of the analyzer assembly so that one file holds every translated string.</summary>
internal static class CodeFixResources
{
    private static readonly ResourceManager Manager =
        new("VioTech.Analyzers.Resources", typeof(VioTech.Analyzers.Infrastructure.AnalyzerResources).Assembly);

    /// <summary>Returns the code fix title named <paramref name="name"/>, formatted for the current UI culture.</summary>
    public static string Title(string name, params object[] args)
    {
        // GetString without a culture looks up the IDE's UI culture, so titles follow the editor's language.
        var format = Manager.GetString(name) ?? name;
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
