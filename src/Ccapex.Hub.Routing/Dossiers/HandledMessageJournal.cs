using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>The handled-message journal in the hub store, shared by every hub instance.</summary>
public sealed class HandledMessageJournal(HubStore store) : IHandledMessageJournal
{
    public async Task<bool> ContainsAsync(string sender, Guid messageId, CancellationToken cancellationToken)
    {
        var found = await store.ReadAsync(t => t.ScalarAsync("SELECT 1 FROM handled_message WHERE sender = @sender AND message_id = @id",
            cancellationToken, ("@sender", sender), ("@id", messageId)), cancellationToken).ConfigureAwait(false);
        return found is not null;
    }
}
