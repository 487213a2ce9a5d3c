using System.Collections.Concurrent;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>A directory in memory, for state-machine tests with MassTransit's harness; the hub uses the store's.</summary>
public sealed class InMemoryDossierDirectory : IDossierDirectory
{
    private readonly ConcurrentDictionary<string, Guid> _keys = new(StringComparer.Ordinal);

    public Task<bool> ExistsAsync(Guid dossierId, CancellationToken cancellationToken) =>
        Task.FromResult(_keys.ContainsKey(DossierMatchKeys.DossierKey(dossierId)));

    public Task<Guid?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (_keys.TryGetValue(key, out var id))
            {
                return Task.FromResult<Guid?>(id);
            }
        }

        return Task.FromResult<Guid?>(null);
    }

    public Task<DossierOpening> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken)
    {
        var id = _keys.GetOrAdd(keys[0], candidateId);
        foreach (var key in keys.Skip(1).Append(DossierMatchKeys.DossierKey(id)))
        {
            _keys.TryAdd(key, id);
        }

        return Task.FromResult(DossierOpening.Known(id));
    }
}
