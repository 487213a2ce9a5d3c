namespace Ccapex.Hub.Contracts;

/// <summary>A French postal address. The postcode is five digits (75001 to 75020 in Paris).</summary>
public sealed record PostalAddress
{
    public required string Street { get; init; }

    /// <summary>Building, staircase, floor, door.</summary>
    public string? Complement { get; init; }

    public required string PostalCode { get; init; }

    public required string City { get; init; }
}
