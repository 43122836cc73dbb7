namespace VioTech.Analyzers.Secrets;

/// <summary>Metadata names of the types the secret rules look for.</summary>
internal static class SecretTypes
{
    public const string SymmetricAlgorithm = "System.Security.Cryptography.SymmetricAlgorithm";
    public const string SymmetricSecurityKey = "Microsoft.IdentityModel.Tokens.SymmetricSecurityKey";
}
