namespace Ccapex.Hub.Contracts;

/// <summary>The bailiff's office (étude de commissaire de justice) that served an act.</summary>
public sealed record BailiffOffice
{
    public required string Name { get; init; }

    /// <summary>The office's identifier at the chambre départementale.</summary>
    public required string OfficeCode { get; init; }

    public string? Email { get; init; }
}
