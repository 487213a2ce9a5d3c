namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_saga_keeps_handled_message_ids(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_read_back_every_id_in_order()
    {
        Guid[] first = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var more = Guid.NewGuid();
        var dossier = new TestDossier { CorrelationId = Guid.NewGuid() };
        dossier.HandledMessageIds.AddRange(first);
        await using (var session = NewSession())
        {
            await session.TryInsertAsync(dossier, CancellationToken.None);
            var loaded = (await session.LoadAsync(dossier.CorrelationId, CancellationToken.None))!;
            Assert.That(loaded.HandledMessageIds, Is.EqualTo(first));
            loaded.HandledMessageIds.Add(more);
            await session.UpdateAsync(loaded, CancellationToken.None);
        }

        await using var reader = NewSession();
        Assert.That((await reader.LoadAsync(dossier.CorrelationId, CancellationToken.None))!.HandledMessageIds, Is.EqualTo(first.Append(more)));
    }
}
