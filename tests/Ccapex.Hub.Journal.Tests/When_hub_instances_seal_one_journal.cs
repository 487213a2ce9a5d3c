using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal.Tests;

/// <summary>
/// Two hub instances on one PostgreSQL store (or one on SQLite), writing and sealing at once: positions stay dense,
/// every row is chained once, and the journal verifies.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_hub_instances_seal_one_journal(StoreProvider provider) : JournalSpec(provider)
{
    private JournalOptions SmallBatches => new() { SealBatchSize = 13, CheckpointEvery = Options.CheckpointEvery, CheckpointInterval = Options.CheckpointInterval };

    [Test]
    public async Task Should_chain_every_row_once_in_one_order()
    {
        var stores = Provider == StoreProvider.Postgres ? new[] { Store, Database.NewStore() } : [Store];
        using var stop = new CancellationTokenSource();
        var sealers = stores.Select(s => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await JournalSealer.SealAsync(s, Key, SmallBatches);
            }
        })).ToList();

        var writes = Enumerable.Range(0, 200).Select(i => stores[i % stores.Length].WriteAsync(t => JournalWriter.AppendAsync(t, Record(i), CancellationToken.None)));
        await Task.WhenAll(writes);
        await stop.CancelAsync();
        await Task.WhenAll(sealers);
        while ((await JournalSealer.SealAsync(Store, Key, Options, forceCheckpoint: true)).Sealed > 0)
        {
        }

        var result = await VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Ok, Is.True, result.Message);
            Assert.That(result.RowsChecked, Is.EqualTo(200));
            Assert.That(result.Unsealed, Is.Zero);
            Assert.That(await CountAsync("SELECT COUNT(DISTINCT position) FROM journal"), Is.EqualTo(200));
        }
    }
}
