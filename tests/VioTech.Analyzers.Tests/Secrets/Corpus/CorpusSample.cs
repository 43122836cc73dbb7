namespace VioTech.Analyzers.Tests.Secrets.Corpus;

/// <summary>
/// One labelled C# snippet of the secret corpus. <see cref="ExpectedRuleId"/> is the one rule that
/// must report it (null for a hard negative); <see cref="Group"/> is the provider or detector the
/// accuracy figures are grouped by.
/// </summary>
internal sealed record CorpusSample(string Id, string Group, string? ExpectedRuleId, string Code, bool InTestProject = false);
