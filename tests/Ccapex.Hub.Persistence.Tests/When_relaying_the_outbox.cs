using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_relaying_the_outbox(StoreProvider provider) : HarnessFixture(provider)
{
    // Owned (and disposed) by the service provider.
    private OutboxRelay Relay => Services.GetRequiredService<OutboxRelay>();

    [Test]
    public async Task Should_send_the_due_rows_only_and_mark_them_sent()
    {
        var dossier = Guid.NewGuid();
        var now = Clock.GetUtcNow();
        Guid immediate = Guid.NewGuid(), overdue = Guid.NewGuid(), later = Guid.NewGuid();
        await InsertOutboxAsync(
            TestNotice.Entry(immediate, dossier, "immediate"),
            TestNotice.Entry(overdue, dossier, "overdue", now.AddMinutes(-5)),
            TestNotice.Entry(later, dossier, "later", now.AddHours(1)));

        Assert.That(await Relay.DispatchDueAsync(), Is.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await SentAt(immediate), Is.Not.Null);
            Assert.That(await SentAt(overdue), Is.Not.Null);
            Assert.That(await SentAt(later), Is.Null);
            Assert.That(await Harness.Sent.Any(m => m.Context.MessageId == overdue), Is.True);
        }

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await Relay.DispatchDueAsync(), Is.EqualTo(1));
        Assert.That(await SentAt(later), Is.Not.Null);
    }

    [Test]
    public async Task Should_mark_the_batch_in_the_shared_commit_where_rows_are_not_claimed()
    {
        var store = Services.GetRequiredService<HubStore>();
        await InsertOutboxAsync(TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "one"), TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "two"));
        var before = store.GroupCommittedWrites;

        Assert.That(await Relay.DispatchDueAsync(), Is.EqualTo(2));

        // SQLite: a write of its own would compete with the group's writer for the file's lock. PostgreSQL: the
        // rows are marked in the transaction that locked them (FOR UPDATE SKIP LOCKED), so no other instance sends them.
        var expected = Provider == StoreProvider.Sqlite ? 1 : 0;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(store.GroupCommittedWrites - before, Is.EqualTo(expected));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), Is.Zero);
        }
    }

    [Test]
    public async Task Should_not_send_a_row_twice()
    {
        var messageId = Guid.NewGuid();
        await InsertOutboxAsync(TestNotice.Entry(messageId, Guid.NewGuid(), "once"));

        var first = await Relay.DispatchDueAsync();
        var second = await Relay.DispatchDueAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(second, Is.Zero);
            Assert.That(Harness.Sent.Select(m => m.Context.MessageId == messageId).Count(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Should_send_with_the_row_message_id_correlation_id_and_request_id()
    {
        var messageId = Guid.NewGuid();
        var dossier = Guid.NewGuid();
        var requestId = Guid.NewGuid();
        await InsertOutboxAsync(TestNotice.Entry(messageId, dossier, "answer") with { RequestId = requestId });

        await Relay.DispatchDueAsync();

        var sent = Harness.Sent.Select(m => m.Context.MessageId == messageId).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Context.CorrelationId, Is.EqualTo(dossier));
            Assert.That(sent.Context.RequestId, Is.EqualTo(requestId));
            Assert.That(sent.Context.DestinationAddress?.AbsolutePath, Does.EndWith(TestNotice.Queue));
            // The bytes the row kept, not a message read back into its type (what a receiver reads: When_a_raw_consumer_reads_what_the_relay_sent).
            Assert.That(sent.MessageType, Is.EqualTo(typeof(MassTransit.Serialization.SerializedMessageBody)));
            Assert.That(sent.Context.Serializer.ContentType.MediaType, Is.EqualTo("application/vnd.masstransit+json"));
        }
    }

    [Test]
    public async Task Should_put_a_failing_row_back_for_later_without_holding_the_others()
    {
        // A row from before rows kept their envelope, naming a type no assembly has: its send fails.
        var broken = Guid.NewGuid();
        await InsertOldFormatRowAsync(broken, "queue:" + TestNotice.Queue, "No.Such.Message", "{}");
        var fine = Guid.NewGuid();
        await InsertOutboxAsync(TestNotice.Entry(fine, Guid.NewGuid(), "fine"));

        Assert.That(await Relay.DispatchDueAsync(), Is.EqualTo(1), "the batch is sent together: the failed row waits, the other goes");
        Assert.That(await Relay.DispatchDueAsync(), Is.Zero, "the failed row waits for its retry delay");
        Assert.That(await Attempts(broken), Is.EqualTo(1));
        Assert.That(await ScalarAsync("SELECT last_error FROM outbox WHERE message_id = @id", ("@id", broken)), Does.Contain("No.Such.Message"));

        Clock.Advance(TimeSpan.FromSeconds(1));
        await Relay.DispatchDueAsync();
        Assert.That(await Attempts(broken), Is.EqualTo(2), "retried once its delay passed");
    }

    [Test]
    public async Task Should_purge_sent_rows_past_the_retention_only()
    {
        await InsertOutboxAsync(TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "old"), TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "old"));
        await Relay.DispatchDueAsync();
        Clock.Advance(TimeSpan.FromDays(401));
        var unsent = Guid.NewGuid();
        await InsertOutboxAsync(TestNotice.Entry(unsent, Guid.NewGuid(), "far future", Clock.GetUtcNow().AddYears(1)));

        Assert.That(await Relay.PurgeSentAsync(), Is.EqualTo(2));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.EqualTo(1));
    }

    private Task<object?> SentAt(Guid messageId) => ScalarAsync("SELECT sent_at FROM outbox WHERE message_id = @id", ("@id", messageId));

    private async Task<long> Attempts(Guid messageId) => await CountAsync("SELECT attempts FROM outbox WHERE message_id = @id", ("@id", messageId));
}
