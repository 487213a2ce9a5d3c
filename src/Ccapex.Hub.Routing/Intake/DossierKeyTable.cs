using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// Reads the routing's table of matching keys (a CDP act reference, a normalised household key, "dossier:ID") to
/// the hub's dossier id, shared by every hub instance through the store. Created by <see cref="DossierKeySchema"/>;
/// written only with a dossier's row, by <see cref="DossierKeyFiling"/>.
/// </summary>
public sealed class DossierKeyTable(HubStore store)
{
    public Task<Guid?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return store.ReadAsync(t => FindAsync(t, key, cancellationToken), cancellationToken);
    }

    /// <summary>The dossier id of the first of <paramref name="keys"/> that is filed, in one query; or null.</summary>
    public async Task<Guid?> FindAnyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return null;
        }

        var parameters = keys.Select((key, i) => ($"@key{i}", (object?)key)).ToArray();
        var rows = await store.ReadAsync(t => t.ReadAsync(
            $"SELECT key, dossier_id FROM dossier_key WHERE key IN ({string.Join(", ", parameters.Select(p => p.Item1))})",
            reader => (Key: reader.GetString(0), Id: StoreTransaction.ToGuid(reader.GetValue(1))), cancellationToken, parameters), cancellationToken)
            .ConfigureAwait(false);
        var found = rows.ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (found.TryGetValue(key, out var id))
            {
                return id;
            }
        }

        return null;
    }

    internal static async Task<Guid?> FindAsync(StoreTransaction transaction, string key, CancellationToken cancellationToken)
    {
        var value = await transaction.ScalarAsync("SELECT dossier_id FROM dossier_key WHERE key = @key", cancellationToken, ("@key", key))
            .ConfigureAwait(false);
        return value is null ? null : StoreTransaction.ToGuid(value);
    }
}
