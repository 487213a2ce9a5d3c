using System.Collections.Concurrent;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>
/// Every dossier in memory, as the search and the work queues need it (the timeline kept to its alerts). Brought up to
/// date before each use (one at a time) by reading the ids and versions of all rows and the bodies of those that changed, so a write
/// committed late (group commit, several hub instances) is never missed, as a watermark on update times could.
/// </summary>
public sealed class DossierIndex(DossierRows rows) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, DossierRecord> _dossiers = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    public async Task<IReadOnlyCollection<DossierRecord>> AllAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyCollection<DossierRecord>)_dossiers.Values;
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var versions = await rows.VersionsAsync(cancellationToken).ConfigureAwait(false);
            var changed = versions.Where(v => !_dossiers.TryGetValue(v.Key, out var known) || known.Version != v.Value).Select(v => v.Key).ToList();
            foreach (var record in await rows.LoadManyAsync(changed, cancellationToken).ConfigureAwait(false))
            {
                record.Timeline.RemoveAll(t => !t.IsAlert);
                _dossiers[record.CorrelationId] = record;
            }

            foreach (var gone in _dossiers.Keys.Where(id => !versions.ContainsKey(id)).ToList())
            {
                _dossiers.TryRemove(gone, out _);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose() => _refreshing.Dispose();
}
