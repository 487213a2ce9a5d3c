using System.Collections.Concurrent;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// The journal in memory, for state-machine tests on MassTransit's harness, whose in-memory repository runs no
/// write participants: the test files each dossier's pending entries with <see cref="Apply"/>, as the store would.
/// </summary>
public sealed class InMemoryHandledMessageJournal : IHandledMessageJournal
{
    private readonly ConcurrentDictionary<(string Sender, Guid Id), Guid> _handled = new();

    public Task<bool> ContainsAsync(string sender, Guid messageId, CancellationToken cancellationToken) =>
        Task.FromResult(_handled.ContainsKey((sender, messageId)));

    /// <summary>Files the dossier's pending entries (the first dossier to file an id keeps it), then empties the list.</summary>
    public void Apply(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        foreach (var handled in dossier.PendingHandled)
        {
            _handled.TryAdd((handled.Sender, handled.Id), dossier.CorrelationId);
        }

        dossier.PendingHandled.Clear();
    }
}
