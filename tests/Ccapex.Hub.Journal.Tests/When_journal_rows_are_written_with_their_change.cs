using System.Globalization;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal.Tests;

/// <summary>
/// A journal row lives or dies with the transaction of what it records: rolled back, it was never there; committed,
/// it is there once; and the outbox records an entry only when it inserted its row, a confirmed send only for an
/// entry it recorded.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_journal_rows_are_written_with_their_change(StoreProvider provider) : JournalSpec(provider)
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Should_hold_no_row_for_any_write_rolled_back(int seed)
    {
        // A property over random writes, each appending a few rows then failing or not, some concurrent (one group
        // commit holds several): the journal holds exactly the rows of the writes that committed.
        var random = new Random(seed);
        var committed = new List<string>();
        var writes = Enumerable.Range(0, 60).Select(w => (Write: w, Rows: random.Next(1, 4), Fails: random.Next(3) == 0)).ToList();
        await Task.WhenAll(writes.Select(async w =>
        {
            var keys = Enumerable.Range(0, w.Rows).Select(r => string.Create(CultureInfo.InvariantCulture, $"in:P:{seed}-{w.Write}-{r}")).ToList();
            try
            {
                await Store.WriteAsync(async t =>
                {
                    foreach (var key in keys)
                    {
                        await JournalWriter.AppendAsync(t, Record(w.Write) with { Key = key }, CancellationToken.None);
                    }

                    if (w.Fails)
                    {
                        throw new InvalidOperationException("the change this row records failed");
                    }
                });
                lock (committed)
                {
                    committed.AddRange(keys);
                }
            }
            catch (InvalidOperationException) when (w.Fails)
            {
            }
        }));
        await JournalSealer.SealAsync(Store, Key, Options);

        var stored = await Store.ReadAsync(t => t.ReadAsync("SELECT record_key FROM journal", r => r.GetString(0), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(writes.Any(w => w.Fails) && writes.Any(w => !w.Fails), Is.True, "the seed gives both kinds of write");
            Assert.That(stored, Is.EquivalentTo(committed));
            Assert.That((await VerifyAsync()).Ok, Is.True);
        }
    }

    [Test]
    public async Task Should_record_an_entry_for_a_partner_once_and_the_hub_s_own_never()
    {
        var delivery = Entry(new OutboxFacts("CAF", "F3", "all fields"));
        var timeout = Entry(null);

        await WriteOutboxAsync(delivery, timeout);
        await WriteOutboxAsync(delivery); // a replay of the same cause: same id, no second row

        var rows = await Store.ReadAsync(t => t.ReadAsync($"SELECT {JournalRows.Columns} FROM journal", JournalRows.Read, CancellationToken.None));
        var envelope = await Store.ReadAsync(async t => (string)(await t.ScalarAsync("SELECT envelope FROM outbox WHERE message_id = @id", CancellationToken.None, ("@id", delivery.MessageId)))!);
        var row = rows.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Kind, Is.EqualTo(JournalKinds.Out));
            Assert.That(row.MessageId, Is.EqualTo(delivery.MessageId));
            Assert.That(row.Partner, Is.EqualTo("CAF"));
            Assert.That(row.Flow, Is.EqualTo("F3"));
            Assert.That(row.View, Is.EqualTo("all fields"));
            Assert.That(row.DossierId, Is.EqualTo(delivery.CorrelationId));
            Assert.That(row.BodySha256, Is.EqualTo(JournalWriter.Sha256(envelope)), "the bytes the relay hands to the broker");
        }
    }

    [Test]
    public async Task Should_record_a_message_about_several_households_under_each_dossier_too()
    {
        Guid[] households = [Guid.NewGuid(), Guid.NewGuid()];
        var listing = Entry(new OutboxFacts("CAF", "F3", "6 fields #abc", households));

        await WriteOutboxAsync(listing);
        await WriteOutboxAsync(listing);

        var rows = await Store.ReadAsync(t => t.ReadAsync($"SELECT {JournalRows.Columns} FROM journal ORDER BY id", JournalRows.Read, CancellationToken.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.DossierId), Is.EqualTo(new Guid?[] { listing.CorrelationId, households[0], households[1] }));
            Assert.That(rows.Select(r => r.MessageId).Distinct(), Is.EqualTo(new Guid?[] { listing.MessageId }));
            Assert.That(rows.Select(r => r.BodySha256).Distinct().Count(), Is.EqualTo(1));
            Assert.That((await JournalQueries.ForDossierAsync(Store, households[1])).Single().Flow, Is.EqualTo("F3"));
        }
    }

    [Test]
    public async Task Should_record_a_confirmed_send_only_for_an_entry_it_recorded_and_only_once()
    {
        var delivery = Entry(new OutboxFacts("DRIHL", "F1", "all fields"));
        var timeout = Entry(null);
        await WriteOutboxAsync(delivery, timeout);
        var handed = Database.Clock.GetUtcNow();
        var confirmed = handed.AddMilliseconds(3);
        OutboxSent[] sent = [new(delivery.MessageId, delivery.Destination, delivery.CorrelationId, handed, confirmed), new(timeout.MessageId, timeout.Destination, null, handed, confirmed)];

        await Store.WriteAsync(t => new OutboxJournal().SentAsync(t, sent, CancellationToken.None));
        await Store.WriteAsync(t => new OutboxJournal().SentAsync(t, sent, CancellationToken.None));

        var rows = await Store.ReadAsync(t => t.ReadAsync($"SELECT {JournalRows.Columns} FROM journal WHERE kind = 'sent'", JournalRows.Read, CancellationToken.None));
        var row = rows.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.MessageId, Is.EqualTo(delivery.MessageId));
            Assert.That(row.Partner, Is.EqualTo("DRIHL"));
            Assert.That(row.HandedAt, Is.EqualTo(handed));
            Assert.That(row.ConfirmedAt, Is.EqualTo(confirmed));
        }
    }

    [Test]
    public async Task Should_write_no_entry_nor_row_when_the_transaction_fails_after_them()
    {
        var delivery = Entry(new OutboxFacts("DRIHL", "F1", "all fields"));

        Assert.ThrowsAsync<InvalidOperationException>(() => Store.WriteWithOutboxAsync([delivery], _ => throw new InvalidOperationException("the state change failed")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.Zero);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM journal"), Is.Zero);
        }
    }

    private Task WriteOutboxAsync(params OutboxEntry[] entries) => Store.WriteWithOutboxAsync(entries, null);

    private static OutboxEntry Entry(OutboxFacts? facts) => new()
    {
        MessageId = Guid.NewGuid(),
        Destination = "queue:journal-test",
        MessageType = typeof(JournalRecord),
        Body = "{\"note\":\"é\"}",
        CorrelationId = Guid.NewGuid(),
        Facts = facts,
    };
}
