using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Logging;

/// <summary>Why a logged value is considered sensitive.</summary>
internal enum SensitiveKind
{
    /// <summary>A symbol or member named like a secret or personal data, such as <c>user.Password</c>.</summary>
    Name,

    /// <summary>A configuration or environment value whose key names a secret, such as <c>configuration["JWT_SECRET"]</c>.</summary>
    Configuration,

    /// <summary>Whole request headers, body, form or request object.</summary>
    Request,

    /// <summary>A credential-bearing request header such as <c>Authorization</c> or <c>Cookie</c>.</summary>
    Header,
}

/// <summary>A sensitive value found in a logging call.</summary>
internal sealed class SensitiveValue
{
    public SensitiveValue(IOperation operation, SensitiveKind kind, string term)
    {
        Operation = operation;
        Kind = kind;
        Term = term;
    }

    public IOperation Operation { get; }

    public SensitiveKind Kind { get; }

    /// <summary>The matched word, configuration key, request part or header name; never the value itself.</summary>
    public string Term { get; }
}

/// <summary>
/// Finds values in logging calls that name secrets or personal data, read secret configuration,
/// or carry whole request headers or bodies. Matching is on names and keys only; values are never read.
/// </summary>
internal static class SensitiveValues
{
    // Normalized terms (lowercase, no separators) that mark a secret or personal datum.
    private static readonly string[] SecretTerms =
    {
        "password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey", "servicerolekey",
        "authorization", "connectionstring", "databaseurl", "cardnumber", "creditcard", "cvv", "cvc",
        "nationalid", "ssn", "taxid", "cedula", "pin",
    };

    // Suffixes that turn a secret's name into metadata about it (tokenLength, secretName, passwordPolicy).
    private static readonly string[] MetadataSuffixes =
    {
        "name", "names", "length", "count", "type", "policy", "expiry", "expiration", "expiresat", "expiresin",
        "header", "headername", "endpoint", "uri", "url", "path", "id", "ids", "option", "options", "settings", "source",
        "required", "enabled", "valid", "isvalid", "format",
    };

    private static readonly string[] CredentialHeaders = { "authorization", "cookie", "setcookie", "xapikey", "proxyauthorization" };

    /// <summary>Returns the sensitive values among the leaves of <paramref name="operation"/>.</summary>
    public static IEnumerable<SensitiveValue> Find(IOperation operation)
    {
        foreach (var leaf in Leaves(operation))
        {
            if (Classify(leaf) is { } found)
            {
                yield return found;
            }
        }
    }

    /// <summary>Returns the values formatted into a string: interpolation holes, concatenation operands, <c>string.Format</c> arguments.</summary>
    private static IEnumerable<IOperation> Leaves(IOperation operation)
    {
        operation = LoggingOperations.SkipConversions(operation);
        if (operation.ConstantValue.HasValue)
        {
            yield break;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        foreach (var leaf in Leaves(interpolation.Expression))
                        {
                            yield return leaf;
                        }
                    }
                }

                yield break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                foreach (var leaf in Leaves(binary.LeftOperand))
                {
                    yield return leaf;
                }

                foreach (var leaf in Leaves(binary.RightOperand))
                {
                    yield return leaf;
                }

                yield break;
            case IInvocationOperation invocation when LoggingOperations.IsStringFormat(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name != "format" && argument.Parameter?.Name != "provider")
                    {
                        var values = LogCall.TryGetArrayElements(argument.Value, out var elements) && argument.Parameter?.IsParams == true
                            ? elements
                            : System.Collections.Immutable.ImmutableArray.Create(argument.Value);
                        foreach (var value in values)
                        {
                            foreach (var leaf in Leaves(value))
                            {
                                yield return leaf;
                            }
                        }
                    }
                }

                yield break;
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                foreach (var leaf in Leaves(instance))
                {
                    yield return leaf;
                }

                yield break;
            default:
                yield return operation;
                yield break;
        }
    }

    private static SensitiveValue? Classify(IOperation operation)
    {
        if (RequestPart(operation) is { } request)
        {
            return request;
        }

        if (ConfigurationKey(operation) is { } key)
        {
            return Matches(key, ownerLength: 0) is not null ? new SensitiveValue(operation, SensitiveKind.Configuration, key) : null;
        }

        if (operation.Type is { } type && !CanHoldSecret(type))
        {
            return null;
        }

        var name = SymbolName(operation);
        if (name is null)
        {
            return null;
        }

        if (Matches(name, ownerLength: 0) is { } own)
        {
            return new SensitiveValue(operation, SensitiveKind.Name, own);
        }

        // A member of a member is also read with its owner's name, so that payment.Card.Number
        // reads as CardNumber. The term must reach into the member's own name: in
        // resetPasswordDto.UserName the value is a user name, not a password.
        if (operation is IMemberReferenceOperation { Instance: { } instance } && SymbolName(LoggingOperations.SkipConversions(instance)) is { } owner
            && Matches(owner + name, Normalize(owner).Length) is { } joined)
        {
            return new SensitiveValue(operation, SensitiveKind.Name, joined);
        }

        return null;
    }

    private static string? SymbolName(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
        IInvocationOperation invocation => invocation.TargetMethod.Name.StartsWith("Get", StringComparison.Ordinal)
            ? invocation.TargetMethod.Name.Substring(3)
            : invocation.TargetMethod.Name,
        _ => null,
    };

    /// <summary>
    /// Returns the first secret term that <paramref name="name"/> contains and that ends after its
    /// first <paramref name="ownerLength"/> normalized characters, unless the name ends in a metadata suffix.
    /// </summary>
    private static string? Matches(string name, int ownerLength)
    {
        var normalized = Normalize(name);
        foreach (var term in SecretTerms)
        {
            var at = normalized.IndexOf(term, StringComparison.Ordinal);
            if (at < 0 || at + term.Length <= ownerLength
                || (term == "pin" && normalized != "pin" && !normalized.EndsWith("pin", StringComparison.Ordinal)))
            {
                continue;
            }

            var rest = normalized.Substring(at + term.Length);
            if (rest.Length > 0 && Array.IndexOf(MetadataSuffixes, rest) >= 0)
            {
                continue;
            }

            return term;
        }

        return null;
    }

    private static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var character in name)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    /// <summary>True for types that can carry a secret's text: strings, characters, bytes, objects and integers (card numbers).</summary>
    private static bool CanHoldSecret(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_DateTime:
            case SpecialType.System_Double:
            case SpecialType.System_Single:
            case SpecialType.System_Decimal:
                return false;
        }

        if (type.TypeKind == TypeKind.Enum || type.Name is "TimeSpan" or "DateTimeOffset" or "Guid" or "CancellationToken")
        {
            return false;
        }

        return true;
    }

    /// <summary>Returns the constant key of a configuration or environment read, such as <c>configuration["JWT_SECRET"]</c>.</summary>
    private static string? ConfigurationKey(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer
                when IsConfiguration(instance.Type) && indexer.Arguments.Length == 1:
                return indexer.Arguments[0].Value.ConstantValue.Value as string;
            case IInvocationOperation { TargetMethod.Name: "GetConnectionString" } connection when connection.Arguments.Length > 0:
                return "ConnectionString:" + (LoggingOperations.SkipConversions(connection.Arguments[connection.Arguments.Length - 1].Value).ConstantValue.Value as string);
            case IInvocationOperation { TargetMethod: { Name: "GetEnvironmentVariable", ContainingType.Name: "Environment" } } environment when environment.Arguments.Length > 0:
                return environment.Arguments[0].Value.ConstantValue.Value as string;
            case IInvocationOperation { TargetMethod.Name: "GetValue" } getValue when getValue.Arguments.Length >= 2:
                foreach (var argument in getValue.Arguments)
                {
                    if (argument.Parameter?.Name == "key")
                    {
                        return argument.Value.ConstantValue.Value as string;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsConfiguration(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.Name == "IConfiguration" && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration")
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IConfiguration" && implemented.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whole request headers, body or form, or a credential header, read from ASP.NET Core's request types.</summary>
    private static SensitiveValue? RequestPart(IOperation operation)
    {
        var type = operation.Type;
        if (type is not null && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Http")
        {
            switch (type.Name)
            {
                case "IHeaderDictionary":
                    return new SensitiveValue(operation, SensitiveKind.Request, "Headers");
                case "HttpRequest":
                    return new SensitiveValue(operation, SensitiveKind.Request, "HttpRequest");
                case "IFormCollection":
                    return new SensitiveValue(operation, SensitiveKind.Request, "Form");
                case "IRequestCookieCollection":
                    return new SensitiveValue(operation, SensitiveKind.Header, "Cookie");
            }
        }

        if (operation is IPropertyReferenceOperation { Property: { } property } reference
            && reference.Instance?.Type is { } ownerType)
        {
            var owner = ownerType.Name;
            if (owner == "HttpRequest" && property.Name == "Body")
            {
                return new SensitiveValue(operation, SensitiveKind.Request, "Body");
            }

            if (owner == "IHeaderDictionary")
            {
                var header = property.IsIndexer && reference.Arguments.Length == 1
                    ? reference.Arguments[0].Value.ConstantValue.Value as string
                    : property.Name;
                if (header is not null && Array.IndexOf(CredentialHeaders, Normalize(header)) >= 0)
                {
                    return new SensitiveValue(operation, SensitiveKind.Header, header);
                }
            }
        }

        return null;
    }
}
