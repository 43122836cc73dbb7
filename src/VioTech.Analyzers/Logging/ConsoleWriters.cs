using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Logging;

/// <summary>Log level that a console or trace write maps to.</summary>
internal enum WriteLevel
{
    Debug,
    Information,
    Warning,
    Error,
}

/// <summary>A recognised console or trace write: how it reads in a message, and its log level.</summary>
internal sealed class ConsoleWrite
{
    public ConsoleWrite(string display, WriteLevel level, bool isConditional)
    {
        Display = display;
        Level = level;
        IsConditional = isConditional;
    }

    /// <summary>The call as shown in the message, such as <c>Console.WriteLine</c>.</summary>
    public string Display { get; }

    public WriteLevel Level { get; }

    /// <summary>True for <c>WriteIf</c> and <c>WriteLineIf</c>, whose first argument is a condition.</summary>
    public bool IsConditional { get; }
}

/// <summary>Recognises writes to <c>Console</c>, <c>Debug</c> and <c>Trace</c> by symbol.</summary>
internal sealed class ConsoleWriters
{
    private readonly INamedTypeSymbol? console;
    private readonly INamedTypeSymbol? debug;
    private readonly INamedTypeSymbol? trace;
    private readonly INamedTypeSymbol? textWriter;

    private ConsoleWriters(Compilation compilation)
    {
        console = compilation.GetTypeByMetadataName("System.Console");
        debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
        trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
        textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
    }

    public static ConsoleWriters? Create(Compilation compilation)
    {
        var writers = new ConsoleWriters(compilation);
        return writers.console is null && writers.debug is null && writers.trace is null ? null : writers;
    }

    /// <summary>Returns the write made by <paramref name="invocation"/>, or null when it is not one.</summary>
    public ConsoleWrite? Classify(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var name = method.Name;

        if (Is(type, console) && name is "Write" or "WriteLine")
        {
            return new ConsoleWrite("Console." + name, WriteLevel.Information, isConditional: false);
        }

        if (Is(type, textWriter) && name is "Write" or "WriteLine"
            && invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property }
            && Is(property.ContainingType, console))
        {
            var level = property.Name == "Error" ? WriteLevel.Error : WriteLevel.Information;
            return new ConsoleWrite("Console." + property.Name + "." + name, level, isConditional: false);
        }

        if (Is(type, debug) || Is(type, trace))
        {
            var prefix = Is(type, debug) ? "Debug." : "Trace.";
            switch (name)
            {
                case "Write":
                case "WriteLine":
                case "Print":
                    return new ConsoleWrite(prefix + name, WriteLevel.Debug, isConditional: false);
                case "WriteIf":
                case "WriteLineIf":
                    return new ConsoleWrite(prefix + name, WriteLevel.Debug, isConditional: true);
                case "TraceInformation":
                    return new ConsoleWrite(prefix + name, WriteLevel.Information, isConditional: false);
                case "TraceWarning":
                    return new ConsoleWrite(prefix + name, WriteLevel.Warning, isConditional: false);
                case "TraceError":
                    return new ConsoleWrite(prefix + name, WriteLevel.Error, isConditional: false);
            }
        }

        return null;
    }

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
