namespace Ccapex.Hub.Contracts;

/// <summary>The household threatened with eviction: the tenants named on the lease and where they live.</summary>
public sealed record Household
{
    /// <summary>Tenants named on the lease (at least one).</summary>
    public required IReadOnlyList<PersonName> Tenants { get; init; }

    public required PostalAddress Address { get; init; }

    /// <summary>Number of people living in the dwelling, children included.</summary>
    public required int Size { get; init; }
}
