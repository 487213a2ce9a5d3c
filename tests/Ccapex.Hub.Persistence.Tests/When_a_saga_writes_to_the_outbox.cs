using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_saga_writes_to_the_outbox(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_write_the_entries_with_the_saga_row()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        var due = Clock.GetUtcNow().AddMonths(6);
        dossier.PendingOutbox.Add(TestNotice.Entry(Guid.NewGuid(), dossier.CorrelationId, "now"));
        dossier.PendingOutbox.Add(TestNotice.Entry(Guid.NewGuid(), dossier.CorrelationId, "in six months", due, "follow-up"));

        await session.UpdateAsync(dossier, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE correlation_id = @id AND sent_at IS NULL", ("@id", dossier.CorrelationId)),
                Is.EqualTo(2));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE due_at = @due AND cancel_key = 'follow-up'", ("@due", due)), Is.EqualTo(1));
            Assert.That(dossier.PendingOutbox, Is.Empty, "drained once committed");
            Assert.That(Signal.WaitAsync(CancellationToken.None).IsCompleted, "the relay is woken");
        }
    }

    [Test]
    public async Task Should_roll_the_entries_back_with_a_conflicting_update()
    {
        var (first, winner) = await LoadNewAsync();
        await using var _ = first;
        await using var second = NewSession();
        var loser = (await second.LoadAsync(winner.CorrelationId, CancellationToken.None))!;
        await first.UpdateAsync(winner, CancellationToken.None);

        loser.PendingOutbox.Add(TestNotice.Entry(Guid.NewGuid(), loser.CorrelationId, "lost"));
        loser.PendingCancellations.Add("anything");

        Assert.That(() => second.UpdateAsync(loser, CancellationToken.None), Throws.InstanceOf<ConcurrencyException>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.Zero);
            Assert.That(loser.PendingOutbox, Has.Count.EqualTo(1), "kept on the failed instance, which a retry discards and reloads");
        }
    }

    [Test]
    public async Task Should_ignore_a_message_id_written_twice()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        var messageId = Guid.NewGuid();
        await InsertOutboxAsync(TestNotice.Entry(messageId, dossier.CorrelationId, "first"));

        dossier.PendingOutbox.Add(TestNotice.Entry(messageId, dossier.CorrelationId, "replayed"));
        await session.UpdateAsync(dossier, CancellationToken.None);

        Assert.That(await ScalarAsync("SELECT body FROM outbox WHERE message_id = @id", ("@id", messageId)), Does.Contain("first"));
    }

    [Test]
    public async Task Should_cancel_unsent_rows_only_and_keep_a_replacement()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        var later = Clock.GetUtcNow().AddDays(15);
        var sent = Guid.NewGuid();
        var pending = Guid.NewGuid();
        await InsertOutboxAsync(
            TestNotice.Entry(sent, dossier.CorrelationId, "reminder 1", later, "reminder"),
            TestNotice.Entry(pending, dossier.CorrelationId, "reminder 2", later, "reminder"));
        await ExecuteAsync("UPDATE outbox SET sent_at = @now WHERE message_id = @id", ("@now", Clock.GetUtcNow()), ("@id", sent));
        var replacement = Guid.NewGuid();

        dossier.PendingCancellations.Add("reminder");
        dossier.PendingOutbox.Add(TestNotice.Entry(replacement, dossier.CorrelationId, "reminder 3", later.AddDays(15), "reminder"));
        await session.UpdateAsync(dossier, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE message_id = @id", ("@id", pending)), Is.Zero, "unsent: cancelled");
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE message_id = @id", ("@id", sent)), Is.EqualTo(1), "sent: kept as a trace");
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE message_id = @id", ("@id", replacement)), Is.EqualTo(1));
            Assert.That(dossier.PendingCancellations, Is.Empty);
        }
    }

    [Test]
    public async Task Should_write_a_discarded_instance_entries_only_when_the_message_completes()
    {
        var rejected = new TestDossier { CorrelationId = Guid.NewGuid() };
        rejected.PendingOutbox.Add(TestNotice.Entry(Guid.NewGuid(), rejected.CorrelationId, "rejected"));
        var failed = new TestDossier { CorrelationId = Guid.NewGuid() };
        failed.PendingOutbox.Add(TestNotice.Entry(Guid.NewGuid(), failed.CorrelationId, "never sent"));

        await using (var failing = NewSession())
        {
            failing.Discard(failed); // the message failed: CompleteAsync is never called
        }

        await using (var completing = NewSession())
        {
            completing.Discard(rejected);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.Zero);
            await completing.CompleteAsync(CancellationToken.None);
        }

        Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE correlation_id = @id", ("@id", rejected.CorrelationId)), Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_not_store_the_pending_lists_in_the_body()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        dossier.PendingOutbox.Add(TestNotice.Entry(Guid.NewGuid(), dossier.CorrelationId, "x"));

        await session.UpdateAsync(dossier, CancellationToken.None);

        var body = (string)(await ScalarAsync($"SELECT body FROM {TestDossier.Table}"))!;
        Assert.That(body, Does.Not.Contain(nameof(IOutboxCarrier.PendingOutbox)).And.Not.Contain(nameof(IOutboxCarrier.PendingCancellations)));
    }
}
