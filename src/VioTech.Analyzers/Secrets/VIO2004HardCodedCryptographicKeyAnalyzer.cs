using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using VioTech.Analyzers.Core;
using VioTech.Analyzers.Core.Secrets;
using VioTech.Analyzers.Infrastructure;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// VIO2004: a signing or encryption key is built from literal material: <c>new SymmetricSecurityKey(…)</c>,
/// HMAC and AES-family constructors, <c>HMACSHA256.HashData(key, …)</c>, <c>CreateEncryptor(key, iv)</c>
/// and assignments to <c>SymmetricAlgorithm.Key</c> or <c>KeyedHashAlgorithm.Key</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class VIO2004HardCodedCryptographicKeyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(RuleIds.HardCodedCryptographicKey);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symmetricAlgorithm = start.Compilation.GetTypeByMetadataName(SecretTypes.SymmetricAlgorithm);
            var symmetricSecurityKey = start.Compilation.GetTypeByMetadataName(SecretTypes.SymmetricSecurityKey);
            if (symmetricAlgorithm is null && symmetricSecurityKey is null)
            {
                return;
            }

            var analysis = new Analysis(symmetricAlgorithm?.ContainingNamespace, symmetricSecurityKey);
            start.RegisterOperationAction(analysis.AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    /// <summary>Per-compilation state: the resolved types, and the literals already reported (one literal can feed several keys).</summary>
    private sealed class Analysis
    {
        private readonly INamespaceSymbol? cryptography;
        private readonly INamedTypeSymbol? symmetricSecurityKey;
        private readonly ConcurrentDictionary<(SyntaxTree, TextSpan), bool> reported = new();

        public Analysis(INamespaceSymbol? cryptography, INamedTypeSymbol? symmetricSecurityKey)
        {
            this.cryptography = cryptography;
            this.symmetricSecurityKey = symmetricSecurityKey;
        }

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var type = creation.Constructor?.ContainingType;
            if (type is null || !IsKeyConsumer(type))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (IsKeyParameter(argument.Parameter))
                {
                    Check(context, argument.Value, type.Name);
                }
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var type = invocation.TargetMethod.ContainingType;
            if (type is null || !IsKeyConsumer(type))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (IsKeyParameter(argument.Parameter))
                {
                    Check(context, argument.Value, type.Name + "." + invocation.TargetMethod.Name);
                }
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Key" } property
                && property.Property.ContainingType is { } type
                && IsInCryptography(type))
            {
                var receiver = property.Instance?.Type?.Name ?? type.Name;
                Check(context, assignment.Value, receiver + ".Key");
            }
        }

        private void Check(OperationAnalysisContext context, IOperation value, string api)
        {
            if (HardCodedKeySources.Find(value) is not { } source)
            {
                return;
            }

            var syntax = source.Operation.Syntax;
            if (!reported.TryAdd((syntax.SyntaxTree, syntax.Span), true))
            {
                return;
            }

            var fixable = syntax.IsKind(SyntaxKind.StringLiteralExpression) && SecretFixProperties.AllowsNonConstant(syntax);
            var (environmentVariable, configurationKey) = ConventionalNames(api);
            var length = source.IsBytes
                ? new LocalizedText(source.Length + " bytes", source.Length + " bytes")
                : new LocalizedText(
                    SecretRedaction.Describe(string.Empty, source.Length, spanish: false),
                    SecretRedaction.Describe(string.Empty, source.Length, spanish: true));
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                syntax.GetLocation(),
                SecretFixProperties.Create(environmentVariable, configurationKey, fixable),
                api,
                length));
        }

        private bool IsKeyConsumer(INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type, symmetricSecurityKey) || IsInCryptography(type);

        private bool IsInCryptography(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (cryptography is not null && SymbolEqualityComparer.Default.Equals(current.ContainingNamespace, cryptography))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsKeyParameter(IParameterSymbol? parameter) =>
            parameter is not null
            && parameter.Name is "key" or "rgbKey"
            && parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
                or INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments.Length: 1 };

        private static (string EnvironmentVariable, string ConfigurationKey) ConventionalNames(string api)
        {
            if (api.StartsWith("SymmetricSecurityKey", System.StringComparison.Ordinal))
            {
                return ("JWT_SIGNING_KEY", "Jwt:SigningKey");
            }

            return api.StartsWith("HMAC", System.StringComparison.Ordinal)
                ? ("HMAC_SECRET_KEY", "Hmac:SecretKey")
                : ("ENCRYPTION_KEY", "Encryption:Key");
        }
    }
}
