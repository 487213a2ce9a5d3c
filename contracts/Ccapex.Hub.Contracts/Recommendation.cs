namespace Ccapex.Hub.Contracts;

/// <summary>One recommendation (préconisation) of a CCAPEX examination, addressed to one partner.</summary>
public sealed record Recommendation
{
    public required PartnerCode Addressee { get; init; }

    public required string Text { get; init; }
}
