namespace Ccapex.Hub.Journal;

/// <summary>A journal row as stored: what it records, and its place in the chain once sealed (null before).</summary>
public sealed record JournalRow(
    long Id,
    string Key,
    string Kind,
    DateTimeOffset RecordedAt,
    string? Edge,
    string? Partner,
    string? MessageType,
    string? Flow,
    Guid? DossierId,
    Guid? MessageId,
    string? BodySha256,
    string? Outcome,
    string? View,
    DateTimeOffset? HandedAt,
    DateTimeOffset? ConfirmedAt,
    long? Position,
    string? ChainHash);
