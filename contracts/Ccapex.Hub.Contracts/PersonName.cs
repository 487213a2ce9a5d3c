namespace Ccapex.Hub.Contracts;

/// <summary>A person as written on the act: family name and given names.</summary>
public sealed record PersonName
{
    public required string LastName { get; init; }

    public required string FirstName { get; init; }
}
