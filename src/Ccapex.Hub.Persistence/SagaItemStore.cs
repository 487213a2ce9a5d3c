namespace Ccapex.Hub.Persistence;

/// <summary>
/// Reads the items sagas keep in <c>saga_item</c> (<see cref="ISagaItemCarrier"/>); they are written only
/// with their saga row. A saga reads them while handling a message after its row was loaded: a row written
/// by another instance meanwhile makes that saga's write fail on its version, and the retry reads again.
/// </summary>
public sealed class SagaItemStore
{
    private readonly HubStore _store;

    public SagaItemStore(HubStore store)
    {
        _store = store;
    }

    /// <summary>True when <paramref name="key"/> is stored in any of <paramref name="groups"/>: one indexed probe per group.</summary>
    public async Task<bool> ContainsAsync(Guid key, IReadOnlyList<Guid> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0)
        {
            return false;
        }

        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var parameters = groups.Select((group, i) => ($"@group{i}", (object?)group)).Append(("@key", key)).ToArray();
            var found = await _store.Dialect.ScalarAsync(connection, null,
                $"SELECT 1 FROM saga_item WHERE item_key = @key AND group_id IN ({string.Join(", ", parameters.SkipLast(1).Select(p => p.Item1))})",
                cancellationToken, parameters).ConfigureAwait(false);
            return found is not null;
        }
    }

    /// <summary>The bodies of the items of <paramref name="group"/>, in the order they were added.</summary>
    public async Task<IReadOnlyList<string>> ReadAsync(Guid group, CancellationToken cancellationToken = default)
    {
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = _store.Dialect.Command(connection, null, "SELECT body FROM saga_item WHERE group_id = @group ORDER BY id", ("@group", group));
            await using (command.ConfigureAwait(false))
            {
                List<string> bodies = [];
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        bodies.Add(reader.GetString(0));
                    }
                }

                return bodies;
            }
        }
    }
}
