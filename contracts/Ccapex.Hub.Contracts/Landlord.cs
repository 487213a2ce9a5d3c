namespace Ccapex.Hub.Contracts;

/// <summary>The landlord: a private person, a company, or a social landlord.</summary>
public sealed record Landlord
{
    public required LandlordKind Kind { get; init; }

    /// <summary>Full name of a private person, or the company's or social landlord's name.</summary>
    public required string Name { get; init; }

    /// <summary>SIREN of a company or social landlord (9 digits).</summary>
    public string? Siren { get; init; }

    public PostalAddress? Address { get; init; }
}
