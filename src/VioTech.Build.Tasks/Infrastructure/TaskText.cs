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
        ReferencePrefix + name + (args.Length == 0 ? string.Empty : "|" + string.Join("|", args));

    /// <summary>Resolves an argument made by <see cref="Reference"/>; other arguments are returned unchanged.</summary>
    public static string Resolve(string argument)
    {
        if (!argument.StartsWith(ReferencePrefix, System.StringComparison.Ordinal))
        {
            return argument;
        }

        var parts = argument.Substring(ReferencePrefix.Length).Split('|');
        var args = new object?[parts.Length - 1];
        System.Array.Copy(parts, 1, args, 0, args.Length);
        return Format(parts[0], args);
    }

    private const string ReferencePrefix = "@resource:";
}
