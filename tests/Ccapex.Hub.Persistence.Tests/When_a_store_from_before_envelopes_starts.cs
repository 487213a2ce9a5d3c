using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// A store created before outbox rows kept their envelope: its outbox table lacks content_type and headers, and its
/// unsent rows have message type and body only. At start the columns are added, and the relay sends those rows.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_store_from_before_envelopes_starts(StoreProvider provider) : HarnessFixture(provider)
{
    [Test]
    public async Task Should_add_the_columns_and_send_the_old_rows()
    {
        await ExecuteAsync("ALTER TABLE outbox DROP COLUMN content_type");
        await ExecuteAsync("ALTER TABLE outbox DROP COLUMN headers");
        var old = Guid.NewGuid();
        var dossier = Guid.NewGuid();
        await InsertOldFormatRowAsync(old, "queue:" + TestNotice.Queue, typeof(TestNotice).FullName!,
            $$"""{"dossierId":"{{dossier}}","text":"written before"}""", dossier);

        await using (var store = NewStore())
        {
            await store.EnsureCreatedAsync();
        }

        Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE content_type IS NULL AND headers IS NULL AND envelope IS NULL"), Is.EqualTo(1),
            "the columns are back, empty for the old row");
        Assert.That(await Services.GetRequiredService<OutboxRelay>().DispatchDueAsync(), Is.EqualTo(1));
        var sent = Harness.Sent.Select<TestNotice>(m => m.Context.MessageId == old).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Context.Message.Text, Is.EqualTo("written before"), "read into its type and sent, as before");
            Assert.That(sent.Context.CorrelationId, Is.EqualTo(dossier));
            Assert.That(await ScalarAsync("SELECT sent_at FROM outbox WHERE message_id = @id", ("@id", old)), Is.Not.Null);
        }
    }
}
