namespace Ccapex.Hub.Console.Consultations;

/// <summary>Someone opened a dossier's page: who (the account's id, and its login when it still exists), which, when.</summary>
public sealed record Consultation(Guid UserId, string? Login, Guid DossierId, DateTimeOffset At);
