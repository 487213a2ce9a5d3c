using System.Data.Common;
using System.Security.Cryptography;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Accounts;

/// <summary>The console's accounts in their table (<see cref="ConsoleSchema.Users"/>), on SQLite or PostgreSQL.</summary>
public sealed class UserStore(ConsoleStore store, TimeProvider time)
{
    private const string Columns = "id, login, role, password_hash, security_stamp, enabled, failed_attempts, locked_until, created_at";

    /// <returns>False when the login is taken.</returns>
    public async Task<bool> AddAsync(string login, ConsoleRole role, string passwordHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var added = await store.ExecuteAsync(
            $"""
            INSERT INTO {ConsoleSchema.Users} (id, login, role, password_hash, security_stamp, enabled, failed_attempts, locked_until, created_at, updated_at)
            VALUES (@id, @login, @role, @hash, @stamp, 1, 0, NULL, @now, @now) ON CONFLICT (login) DO NOTHING
            """,
            cancellationToken,
            ("@id", Guid.NewGuid()), ("@login", login), ("@role", ConsoleRoles.Name(role)), ("@hash", passwordHash), ("@stamp", NewStamp()), ("@now", now))
            .ConfigureAwait(false);
        return added == 1;
    }

    public async Task<ConsoleUser?> FindByLoginAsync(string login, CancellationToken cancellationToken) =>
        (await store.QueryAsync($"SELECT {Columns} FROM {ConsoleSchema.Users} WHERE login = @login", Read, cancellationToken, ("@login", login))
            .ConfigureAwait(false)).SingleOrDefault();

    public async Task<ConsoleUser?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        (await store.QueryAsync($"SELECT {Columns} FROM {ConsoleSchema.Users} WHERE id = @id", Read, cancellationToken, ("@id", id))
            .ConfigureAwait(false)).SingleOrDefault();

    public Task<List<ConsoleUser>> ListAsync(CancellationToken cancellationToken) =>
        store.QueryAsync($"SELECT {Columns} FROM {ConsoleSchema.Users} ORDER BY login", Read, cancellationToken);

    /// <summary>One more failure in a row; the one that reaches <paramref name="maxAttempts"/> locks the account until <paramref name="lockedUntil"/>.</summary>
    public Task RecordFailureAsync(Guid id, int maxAttempts, DateTimeOffset lockedUntil, CancellationToken cancellationToken) =>
        store.ExecuteAsync(
            $"""
            UPDATE {ConsoleSchema.Users} SET failed_attempts = failed_attempts + 1,
                locked_until = CASE WHEN failed_attempts + 1 >= @max THEN @until ELSE locked_until END, updated_at = @now
            WHERE id = @id
            """,
            cancellationToken, ("@id", id), ("@max", maxAttempts), ("@until", lockedUntil), ("@now", time.GetUtcNow()));

    /// <summary>A lockout that has run out starts a new count: failures before it are forgotten.</summary>
    public Task ClearFailuresAsync(Guid id, CancellationToken cancellationToken) =>
        store.ExecuteAsync(
            $"UPDATE {ConsoleSchema.Users} SET failed_attempts = 0, locked_until = NULL, updated_at = @now WHERE id = @id",
            cancellationToken, ("@id", id), ("@now", time.GetUtcNow()));

    public Task ReplaceHashAsync(Guid id, string passwordHash, CancellationToken cancellationToken) =>
        store.ExecuteAsync(
            $"UPDATE {ConsoleSchema.Users} SET password_hash = @hash, updated_at = @now WHERE id = @id",
            cancellationToken, ("@id", id), ("@hash", passwordHash), ("@now", time.GetUtcNow()));

    /// <returns>False when no account has that login.</returns>
    public async Task<bool> DisableAsync(string login, CancellationToken cancellationToken) =>
        await store.ExecuteAsync(
            $"UPDATE {ConsoleSchema.Users} SET enabled = 0, security_stamp = @stamp, updated_at = @now WHERE login = @login",
            cancellationToken, ("@login", login), ("@stamp", NewStamp()), ("@now", time.GetUtcNow())).ConfigureAwait(false) == 1;

    /// <summary>A new password: the account is enabled and unlocked again, and its open sessions end.</summary>
    /// <returns>False when no account has that login.</returns>
    public async Task<bool> ResetAsync(string login, string passwordHash, CancellationToken cancellationToken) =>
        await store.ExecuteAsync(
            $"""
            UPDATE {ConsoleSchema.Users} SET password_hash = @hash, security_stamp = @stamp, enabled = 1, failed_attempts = 0,
                locked_until = NULL, updated_at = @now
            WHERE login = @login
            """,
            cancellationToken, ("@login", login), ("@hash", passwordHash), ("@stamp", NewStamp()), ("@now", time.GetUtcNow())).ConfigureAwait(false) == 1;

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static ConsoleUser Read(DbDataReader r) => new()
    {
        Id = ConsoleStore.ReadGuid(r, 0),
        Login = r.GetString(1),
        Role = ConsoleRoles.TryParse(r.GetString(2), out var role) ? role : throw new InvalidDataException("An account of the console has a role it does not know."),
        PasswordHash = r.GetString(3),
        SecurityStamp = r.GetString(4),
        Enabled = Convert.ToInt64(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) != 0,
        FailedAttempts = Convert.ToInt32(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
        LockedUntil = ConsoleStore.ReadNullableInstant(r, 7),
        CreatedAt = ConsoleStore.ReadInstant(r, 8),
    };
}
