namespace Ccapex.Hub.Console.Store;

/// <summary>
/// The console's own tables in the hub store, created at start by idempotent statements (IF NOT EXISTS), as the hub
/// creates its own: the accounts, and who opened which dossier when. The console never writes the hub's tables.
/// </summary>
public static class ConsoleSchema
{
    public const string Users = "console_user";
    public const string DossierViews = "console_dossier_view";

    public static IEnumerable<string> Statements(ConsoleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var uuid = store.UuidType;
        var instant = store.TimestampType;

        // login is stored folded (lower case); the password hash is ASP.NET Core's PasswordHasher format (v3: PBKDF2).
        // security_stamp changes when the password is reset or the account disabled, which ends its open sessions.
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Users} (
                id {uuid} PRIMARY KEY,
                login TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                security_stamp TEXT NOT NULL,
                enabled INTEGER NOT NULL,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until {instant} NULL,
                created_at {instant} NOT NULL,
                updated_at {instant} NOT NULL)
            """;

        // One row per opening of a dossier page: the trace the charter's data protection asks for.
        yield return $"""
            CREATE TABLE IF NOT EXISTS {DossierViews} (
                id {store.IdentityColumn},
                user_id {uuid} NOT NULL,
                dossier_id {uuid} NOT NULL,
                viewed_at {instant} NOT NULL)
            """;
        yield return $"CREATE INDEX IF NOT EXISTS {DossierViews}_dossier ON {DossierViews} (dossier_id, viewed_at)";
        yield return $"CREATE INDEX IF NOT EXISTS {DossierViews}_at ON {DossierViews} (viewed_at)";
    }

    public static async Task EnsureCreatedAsync(ConsoleStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (store.Provider == ConsoleStoreProvider.Postgres)
                {
                    // Concurrent CREATE ... IF NOT EXISTS can collide in the catalog; the hub takes its own lock the same way.
                    var prepare = "SELECT pg_advisory_xact_lock(4846323937)" + (store.Schema is null ? "" : $"; CREATE SCHEMA IF NOT EXISTS {store.Schema}");
                    await store.ExecuteAsync(connection, transaction, prepare, cancellationToken).ConfigureAwait(false);
                }

                foreach (var statement in Statements(store))
                {
                    await store.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
