using MassTransit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>Several hub instances on one PostgreSQL database: each row leaves through one relay only (SQLite runs one instance).</summary>
[TestFixture(StoreProvider.Postgres)]
public sealed class When_two_relays_share_a_postgres_store(StoreProvider provider) : HarnessFixture(provider)
{
    private const int Rows = 300;

    [Test]
    public async Task Should_send_each_row_exactly_once()
    {
        await InsertOutboxAsync([.. Enumerable.Range(0, Rows).Select(i => TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), $"row {i}"))]);
        await using var storeA = NewStore();
        await using var storeB = NewStore();
        using var relayA = NewRelay(storeA, Harness);
        using var relayB = NewRelay(storeB, Harness);

        var counts = await Task.WhenAll(Task.Run(() => relayA.DispatchDueAsync()), Task.Run(() => relayB.DispatchDueAsync()));

        var sentIds = Harness.Sent.Select(m => m.Context.DestinationAddress?.AbsolutePath.EndsWith(TestNotice.Queue, StringComparison.Ordinal) == true).Select(m => m.Context.MessageId).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts.Sum(), Is.EqualTo(Rows));
            Assert.That(sentIds, Has.Count.EqualTo(Rows));
            Assert.That(sentIds.Distinct().Count(), Is.EqualTo(Rows));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), Is.Zero);
        }

        TestContext.Out.WriteLine($"relay A sent {counts[0]}, relay B sent {counts[1]}");
    }

    private OutboxRelay NewRelay(HubStore store, ITestHarness harness)
    {
        var options = new OutboxRelayOptions { BatchSize = 10, MessageAssemblies = { typeof(TestNotice).Assembly } };
        return new OutboxRelay(store, harness.Bus, new OutboxSignal(), Options.Create(options), Clock, NullLogger<OutboxRelay>.Instance);
    }
}
