namespace Ccapex.Hub.Persistence;

/// <summary>
/// Maps a matching key (a CDP act reference, a normalised household key) to the hub's dossier id,
/// so messages about the same household from different partners meet in the same dossier saga.
/// </summary>
public sealed class DossierKeyStore
{
    readonly HubStore _store;

    public DossierKeyStore(HubStore store)
    {
        _store = store;
    }

    /// <summary>
    /// The dossier id already mapped to <paramref name="key"/>, or <paramref name="candidateId"/>
    /// once stored for it (Created = true). Atomic: of concurrent callers with the same key, one
    /// stores its candidate and all get that id.
    /// </summary>
    public async Task<(Guid DossierId, bool Created)> GetOrAddAsync(string key, Guid candidateId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var created = await _store.Dialect.ExecuteAsync(connection, null,
                "INSERT INTO dossier_key (key, dossier_id, created_at) VALUES (@key, @id, @now) ON CONFLICT (key) DO NOTHING",
                cancellationToken, ("@key", key), ("@id", candidateId), ("@now", _store.Time.GetUtcNow())).ConfigureAwait(false) == 1;
            if (created)
                return (candidateId, true);
            var existing = await FindAsync(connection, key, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Dossier key '{key}' conflicted on insert but cannot be read.");
            return (existing, false);
        }
    }

    public async Task<Guid?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
            return await FindAsync(connection, key, cancellationToken).ConfigureAwait(false);
    }

    async Task<Guid?> FindAsync(System.Data.Common.DbConnection connection, string key, CancellationToken cancellationToken)
    {
        var value = await _store.Dialect.ScalarAsync(connection, null, "SELECT dossier_id FROM dossier_key WHERE key = @key",
            cancellationToken, ("@key", key)).ConfigureAwait(false);
        return value switch
        {
            null => null,
            Guid id => id,
            string text => Guid.Parse(text),
            _ => throw new InvalidOperationException($"Unexpected dossier id value {value.GetType().Name}."),
        };
    }
}
