using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>One value of a flow's discriminating field (a procedure stage): who may report it, with which fields.</summary>
public sealed record ContentCase
{
    /// <summary>The value as the contract's JSON spells it ("CfpDecided").</summary>
    public required string Value { get; init; }

    public required IReadOnlySet<PartnerCode> Senders { get; init; }

    /// <summary>The guarded fields (JSON names) this value may carry; any other guarded field must be absent.</summary>
    public required IReadOnlySet<string> Fields { get; init; }
}
