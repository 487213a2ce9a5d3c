using System.Data.Common;

namespace Ccapex.Hub.Persistence;

/// <summary>What one saga instance asked to be written to <c>saga_item</c>, taken from its pending lists.</summary>
internal sealed record SagaItemBatch(IReadOnlyList<SagaItem> Items, IReadOnlyList<Guid> RetiredGroups)
{
    /// <summary>A copy of the instance's pending lists, or null when it carries nothing.</summary>
    public static SagaItemBatch? From(object instance)
    {
        if (instance is not ISagaItemCarrier carrier)
        {
            return null;
        }

        SagaItem[] items = [.. carrier.PendingItems ?? []];
        Guid[] retired = [.. carrier.RetiredItemGroups ?? []];
        return items.Length == 0 && retired.Length == 0 ? null : new SagaItemBatch(items, retired);
    }

    /// <summary>Empties the instance's pending lists once their content is committed.</summary>
    public static void Clear(object instance)
    {
        if (instance is not ISagaItemCarrier carrier)
        {
            return;
        }

        carrier.PendingItems?.Clear();
        carrier.RetiredItemGroups?.Clear();
    }

    /// <summary>
    /// Inserts, then deletes retired groups, in the caller's transaction. An item already stored under its
    /// group and key is left as it is: a replayed message adds nothing.
    /// </summary>
    public async Task WriteAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var item in Items)
        {
            await dialect.ExecuteAsync(connection, transaction,
                """
                INSERT INTO saga_item (group_id, item_key, body, created_at) VALUES (@group, @key, @body, @now)
                ON CONFLICT (group_id, item_key) DO NOTHING
                """,
                cancellationToken, ("@group", item.Group), ("@key", item.Key), ("@body", item.Body), ("@now", now)).ConfigureAwait(false);
        }

        foreach (var group in RetiredGroups)
        {
            await dialect.ExecuteAsync(connection, transaction, "DELETE FROM saga_item WHERE group_id = @group",
                cancellationToken, ("@group", group)).ConfigureAwait(false);
        }
    }
}
