using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners;

/// <summary>What a partner reports six months on.</summary>
public sealed record FollowUpAnswer(FollowUpSituation Situation, string? Comment);
