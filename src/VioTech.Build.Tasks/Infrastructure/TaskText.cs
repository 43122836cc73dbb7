using System.Globalization;
using System.Resources;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>Task messages from <c>Resources.resx</c> and its Spanish satellite, in MSBuild's UI culture.</summary>
internal static class TaskText
{
    public static ResourceManager Manager { get; } = new("VioTech.Build.Tasks.Resources", typeof(TaskText).Assembly);

    /// <summary>Formats the resource <paramref name="name"/> with <paramref name="args"/> in the current UI culture.</summary>
    public static string Format(string name, params object?[] args)
    {
        var format = Manager.GetString(name, CultureInfo.CurrentUICulture) ?? name;
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }

    /// <summary>
    /// Returns a finding argument that names a resource (and its own arguments) instead of holding
    /// text, so that a cached finding is shown in the language of the build that replays it.
    /// </summary>
    public static string Reference(string name, params string[] args) =>
        ReferencePrefix + name + (args.Length == 0 ? string.Empty : "|" + string.Join("|", System.Linq.Enumerable.Select(args, EscapeArgument)));

    /// <summary>Resolves an argument made by <see cref="Reference"/>; other arguments are returned unchanged.</summary>
    public static string Resolve(string argument)
    {
        if (!argument.StartsWith(ReferencePrefix, System.StringComparison.Ordinal))
        {
            return argument;
        }

        var parts = argument.Substring(ReferencePrefix.Length).Split('|');
        var args = new object?[parts.Length - 1];
        for (var index = 1; index < parts.Length; index++)
        {
            args[index - 1] = UnescapeArgument(parts[index]);
        }

        return Format(parts[0], args);
    }

    private const string ReferencePrefix = "@resource:";

    // Arguments are joined with '|', so '%' and '|' inside one are percent-encoded.
    private static string EscapeArgument(string argument) => argument.Replace("%", "%25").Replace("|", "%7C");

    private static string UnescapeArgument(string argument) => argument.Replace("%7C", "|").Replace("%25", "%");
}
