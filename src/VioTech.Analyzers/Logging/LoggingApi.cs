using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Logging;

/// <summary>Logging library a call belongs to.</summary>
internal enum LoggingLibrary
{
    MicrosoftExtensionsLogging,
    Serilog,
    NLog,
}

/// <summary>Shape of a recognised logging call.</summary>
internal enum LogCallKind
{
    /// <summary>A call that takes a message template followed by its values, such as <c>LogInformation</c> or <c>Log.Error</c>.</summary>
    Template,

    /// <summary><c>ILogger.Log&lt;TState&gt;</c> with a formatter; the state is not a template.</summary>
    StateAndFormatter,

    /// <summary><c>LoggerMessage.Define*</c>: the template's values are the generic type arguments.</summary>
    Define,
}

/// <summary>
/// A call to a logging API recognised by symbol: where its template is, which arguments are the
/// template's values (in order, whether passed as <c>params</c>, in an explicit array or as generic
/// parameters) and which argument is the exception.
/// </summary>
internal sealed class LogCall
{
    public LogCall(
        IInvocationOperation invocation,
        LoggingLibrary library,
        LogCallKind kind,
        IArgumentOperation template,
        ImmutableArray<IOperation> values,
        IArgumentOperation? paramsArgument,
        IArgumentOperation? exception)
    {
        Invocation = invocation;
        Library = library;
        Kind = kind;
        Template = template;
        Values = values;
        ParamsArgument = paramsArgument;
        Exception = exception;
    }

    public IInvocationOperation Invocation { get; }

    public LoggingLibrary Library { get; }

    public LogCallKind Kind { get; }

    /// <summary>The argument bound to the template parameter (or to the state, for <see cref="LogCallKind.StateAndFormatter"/>).</summary>
    public IArgumentOperation Template { get; }

    /// <summary>The values the template's holes consume, in order. Empty for a params array whose elements are unknown.</summary>
    public ImmutableArray<IOperation> Values { get; }

    /// <summary>The argument bound to a <c>params</c> array parameter, implicit or explicit; null when the overload has none.</summary>
    public IArgumentOperation? ParamsArgument { get; }

    /// <summary>True when the values come from an array expression whose elements cannot be listed, such as a variable.</summary>
    public bool HasOpaqueValues =>
        ParamsArgument is { ArgumentKind: ArgumentKind.Explicit } argument && !TryGetArrayElements(argument.Value, out _);

    /// <summary>The argument bound to the exception parameter, or null when the overload has none.</summary>
    public IArgumentOperation? Exception { get; }

    /// <summary>Returns the elements of an array creation, or of <c>Array.Empty&lt;T&gt;()</c>, seen through conversions.</summary>
    public static bool TryGetArrayElements(IOperation value, out ImmutableArray<IOperation> elements)
    {
        value = LoggingOperations.SkipConversions(value);
        switch (value)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                elements = initializer.ElementValues;
                return true;
            case IArrayCreationOperation { DimensionSizes: { Length: 1 } sizes } when sizes[0].ConstantValue is { HasValue: true, Value: 0 }:
                elements = ImmutableArray<IOperation>.Empty;
                return true;
            case IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_Array } }:
                elements = ImmutableArray<IOperation>.Empty;
                return true;
            default:
                elements = default;
                return false;
        }
    }
}

/// <summary>
/// The logging types of one compilation, resolved once per compilation start, and the recognition
/// of calls to them. Only types the compilation references are resolved; a library that is not
/// referenced is never matched.
/// </summary>
internal sealed class LoggingApi
{
    private static readonly ImmutableHashSet<string> MelLogMethods = ImmutableHashSet.Create(
        "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope");

    private static readonly ImmutableHashSet<string> SerilogLogMethods = ImmutableHashSet.Create(
        "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal");

    private static readonly ImmutableHashSet<string> NLogLogMethods = ImmutableHashSet.Create(
        "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalTrace", "ConditionalDebug");

    private readonly INamedTypeSymbol? melLoggerExtensions;
    private readonly INamedTypeSymbol? melLogger;
    private readonly INamedTypeSymbol? melLoggerMessage;
    private readonly ImmutableArray<INamedTypeSymbol> serilogTypes;
    private readonly ImmutableArray<INamedTypeSymbol> nlogTypes;
    private readonly INamedTypeSymbol? nlogLogger;
    private readonly INamedTypeSymbol? exception;

    private LoggingApi(Compilation compilation)
    {
        melLoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        melLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        melLoggerMessage = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessage");
        LoggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        serilogTypes = Resolve(compilation, "Serilog.ILogger", "Serilog.Log", "Serilog.Core.Logger");
        nlogTypes = Resolve(compilation, "NLog.ILogger", "NLog.ILoggerBase", "NLog.Logger", "NLog.ILoggerExtensions");
        nlogLogger = compilation.GetTypeByMetadataName("NLog.Logger");
        exception = compilation.GetTypeByMetadataName("System.Exception");
    }

    /// <summary>The <c>[LoggerMessage]</c> attribute type, or null when Microsoft.Extensions.Logging is not referenced.</summary>
    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    /// <summary>Resolves the logging types of a compilation; returns null when it references no logging library.</summary>
    public static LoggingApi? Create(Compilation compilation)
    {
        var api = new LoggingApi(compilation);
        return api.melLoggerExtensions is null && api.melLogger is null && api.serilogTypes.IsEmpty && api.nlogTypes.IsEmpty
            ? null
            : api;
    }

    /// <summary>Returns the logging call made by <paramref name="invocation"/>, or null when it is not one.</summary>
    public LogCall? Recognize(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return null;
        }

        if (melLoggerExtensions is not null && SymbolEqualityComparer.Default.Equals(type, melLoggerExtensions))
        {
            return MelLogMethods.Contains(method.Name)
                ? FromTemplateParameter(invocation, LoggingLibrary.MicrosoftExtensionsLogging, LogCallKind.Template, "message", "messageFormat")
                : null;
        }

        if (melLogger is not null && SymbolEqualityComparer.Default.Equals(type, melLogger) && method.IsGenericMethod)
        {
            // ILogger.BeginScope<TState>(string) wins over the extension when no values are passed,
            // so a string state is a template without values; adding values binds the extension.
            return method.Name switch
            {
                "Log" => FromTemplateParameter(invocation, LoggingLibrary.MicrosoftExtensionsLogging, LogCallKind.StateAndFormatter, "state"),
                "BeginScope" when method.TypeArguments[0].SpecialType == SpecialType.System_String =>
                    FromTemplateParameter(invocation, LoggingLibrary.MicrosoftExtensionsLogging, LogCallKind.Template, "state"),
                _ => null,
            };
        }

        if (melLoggerMessage is not null && SymbolEqualityComparer.Default.Equals(type, melLoggerMessage)
            && (method.Name == "Define" || method.Name == "DefineScope"))
        {
            return FromTemplateParameter(invocation, LoggingLibrary.MicrosoftExtensionsLogging, LogCallKind.Define, "formatString");
        }

        if (Contains(serilogTypes, type))
        {
            return SerilogLogMethods.Contains(method.Name)
                ? FromTemplateParameter(invocation, LoggingLibrary.Serilog, LogCallKind.Template, "messageTemplate")
                : null;
        }

        if ((Contains(nlogTypes, type) || DerivesFrom(type, nlogLogger)) && NLogLogMethods.Contains(method.Name))
        {
            return FromTemplateParameter(invocation, LoggingLibrary.NLog, LogCallKind.Template, "message");
        }

        return null;
    }

    private LogCall? FromTemplateParameter(IInvocationOperation invocation, LoggingLibrary library, LogCallKind kind, params string[] templateNames)
    {
        IArgumentOperation? template = null;
        IArgumentOperation? exceptionArgument = null;
        IArgumentOperation? paramsArgument = null;
        var values = ImmutableArray.CreateBuilder<IOperation>();

        // Arguments are in parameter order here only when sorted; named arguments may come in any order.
        var arguments = new List<IArgumentOperation>(invocation.Arguments);
        arguments.Sort((left, right) => (left.Parameter?.Ordinal ?? 0).CompareTo(right.Parameter?.Ordinal ?? 0));

        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return null;
            }

            if (template is null)
            {
                if (System.Array.IndexOf(templateNames, parameter.Name) >= 0
                    && (parameter.Type.SpecialType == SpecialType.System_String || parameter.Name == "state"))
                {
                    template = argument;
                }
                else if (IsException(parameter.Type))
                {
                    exceptionArgument = argument;
                }

                continue;
            }

            if (kind != LogCallKind.Template)
            {
                continue;
            }

            if (IsException(parameter.Type) && parameter.Name == "exception")
            {
                exceptionArgument = argument;
                continue;
            }

            if (parameter.IsParams)
            {
                paramsArgument = argument;
                if (argument.ArgumentKind == ArgumentKind.ParamArray || LogCall.TryGetArrayElements(argument.Value, out _))
                {
                    LogCall.TryGetArrayElements(argument.Value, out var elements);
                    values.AddRange(elements);
                }

                continue;
            }

            values.Add(argument.Value);
        }

        if (template is null)
        {
            return null;
        }

        if (kind == LogCallKind.StateAndFormatter
            && LoggingOperations.SkipConversions(template.Value).Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        return new LogCall(invocation, library, kind, template, values.ToImmutable(), paramsArgument, exceptionArgument);
    }

    private bool IsException(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, exception))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<INamedTypeSymbol> types, INamedTypeSymbol type)
    {
        foreach (var candidate in types)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in metadataNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}
