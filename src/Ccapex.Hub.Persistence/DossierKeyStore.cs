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

    /// <summary>
    /// The keys of a dossier about to be written as <paramref name="dossierId"/>, as a write for the dossier's own
    /// transaction (<see cref="PendingStoreWrite"/>): <paramref name="firstKey"/> is filed under it unless it is
    /// already, and the other keys unless they point at a dossier already. If the first key names another dossier
    /// by then, the write throws <see cref="DossierKeyTakenException"/>, which undoes the dossier's write too.
    /// </summary>
    public PendingStoreWrite PlanKeys(string firstKey, Guid dossierId, IEnumerable<string> otherKeys)
    {
        ArgumentException.ThrowIfNullOrEmpty(firstKey);
        ArgumentNullException.ThrowIfNull(otherKeys);
        var others = otherKeys.ToList();
        return new PendingStoreWrite(async (connection, transaction, cancellationToken) =>
        {
            var now = _store.Time.GetUtcNow();
            if (!await InsertAsync(connection, transaction, firstKey, dossierId, now, cancellationToken).ConfigureAwait(false))
            {
                var existing = await FindAsync(connection, transaction, firstKey, cancellationToken).ConfigureAwait(false);
                if (existing != dossierId)
                    throw new DossierKeyTakenException($"Dossier key '{firstKey}' was filed under dossier {existing} meanwhile, not {dossierId}.");
            }

            foreach (var key in others)
            {
                ArgumentException.ThrowIfNullOrEmpty(key);
                await InsertAsync(connection, transaction, key, dossierId, now, cancellationToken).ConfigureAwait(false);
            }
        });
    }

    /// <summary>The dossier id of the first of <paramref name="keys"/> that is mapped, in one query; or null.</summary>
    public async Task<Guid?> FindAnyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return null;
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var parameters = keys.Select((key, i) => ($"@key{i}", (object?)key)).ToArray();
            var command = _store.Dialect.Command(connection, null,
                $"SELECT key, dossier_id FROM dossier_key WHERE key IN ({string.Join(", ", parameters.Select(p => p.Item1))})", parameters);
            await using (command.ConfigureAwait(false))
            {
                Dictionary<string, Guid> found = new(StringComparer.Ordinal);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        found[reader.GetString(0)] = ToGuid(reader.GetValue(1));
                }

                foreach (var key in keys)
                {
                    if (found.TryGetValue(key, out var id))
                        return id;
                }

                return null;
            }
        }
    }

    async Task<bool> InsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string key, Guid id,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        await _store.Dialect.ExecuteAsync(connection, transaction,
            "INSERT INTO dossier_key (key, dossier_id, created_at) VALUES (@key, @id, @now) ON CONFLICT (key) DO NOTHING",
            cancellationToken, ("@key", key), ("@id", id), ("@now", now)).ConfigureAwait(false) == 1;

    public async Task<Guid?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
            return await FindAsync(connection, key, cancellationToken).ConfigureAwait(false);
    }

    Task<Guid?> FindAsync(System.Data.Common.DbConnection connection, string key, CancellationToken cancellationToken) =>
        FindAsync(connection, null, key, cancellationToken);

    async Task<Guid?> FindAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string key,
        CancellationToken cancellationToken)
    {
        var value = await _store.Dialect.ScalarAsync(connection, transaction, "SELECT dossier_id FROM dossier_key WHERE key = @key",
            cancellationToken, ("@key", key)).ConfigureAwait(false);
        return value is null ? null : ToGuid(value);
    }

    static Guid ToGuid(object value) => value switch
    {
        Guid id => id,
        string text => Guid.Parse(text),
        _ => throw new InvalidOperationException($"Unexpected dossier id value {value.GetType().Name}."),
    };
}
