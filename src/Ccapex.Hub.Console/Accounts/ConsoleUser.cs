namespace Ccapex.Hub.Console.Accounts;

/// <summary>One person's account, as the console's user table holds it.</summary>
public sealed record ConsoleUser
{
    public required Guid Id { get; init; }

    /// <summary>Lower case: logins are compared folded.</summary>
    public required string Login { get; init; }

    public required ConsoleRole Role { get; init; }

    public required string PasswordHash { get; init; }

    /// <summary>Changes with every reset and disabling: a session signed in under an older stamp ends.</summary>
    public required string SecurityStamp { get; init; }

    public required bool Enabled { get; init; }

    public int FailedAttempts { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
