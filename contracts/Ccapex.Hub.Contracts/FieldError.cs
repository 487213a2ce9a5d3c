namespace Ccapex.Hub.Contracts;

/// <summary>Why one field of a message was refused: a stable code a program can act on, and a readable message.</summary>
public sealed record FieldError
{
    /// <summary>JSON path of the field, e.g. "household.address.postalCode".</summary>
    public required string Field { get; init; }

    /// <summary>Stable code, e.g. "postal_code.invalid".</summary>
    public required string Code { get; init; }

    public required string Message { get; init; }
}
