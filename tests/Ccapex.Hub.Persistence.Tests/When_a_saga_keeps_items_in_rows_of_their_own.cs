using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>A saga's large collection (a CAF listing's lines) as rows of saga_item, written with the saga row.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_saga_keeps_items_in_rows_of_their_own(StoreProvider provider) : StoreFixture(provider)
{
    private static readonly Guid Listing = Guid.NewGuid();

    [Test]
    public async Task Should_write_the_items_with_the_saga_row_and_not_in_its_body()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        dossier.PendingItems.Add(new SagaItem(Listing, first, "{\"n\":1}"));
        dossier.PendingItems.Add(new SagaItem(Listing, second, "{\"n\":2}"));

        await session.UpdateAsync(dossier, CancellationToken.None);

        var items = new SagaItemStore(Store);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await items.ReadAsync(Listing), Is.EqualTo(new[] { "{\"n\":1}", "{\"n\":2}" }), "in the order added");
            Assert.That(await items.ContainsAsync(second, [Guid.NewGuid(), Listing]), Is.True);
            Assert.That(dossier.PendingItems, Is.Empty, "drained once committed");
            Assert.That(await ScalarAsync($"SELECT body FROM {TestDossier.Table}"), Does.Not.Contain("PendingItems").And.Not.Contain("\"n\""));
        }
    }

    [Test]
    public async Task Should_roll_the_items_back_with_a_conflicting_update()
    {
        var (first, winner) = await LoadNewAsync();
        await using var _ = first;
        await using var second = NewSession();
        var loser = (await second.LoadAsync(winner.CorrelationId, CancellationToken.None))!;
        await first.UpdateAsync(winner, CancellationToken.None);

        loser.PendingItems.Add(new SagaItem(Listing, Guid.NewGuid(), "{}"));

        Assert.That(() => second.UpdateAsync(loser, CancellationToken.None), Throws.InstanceOf<ConcurrencyException>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM saga_item"), Is.Zero);
            Assert.That(loser.PendingItems, Has.Count.EqualTo(1), "kept on the failed instance, which a retry discards and reloads");
        }
    }

    [Test]
    public async Task Should_keep_the_first_of_an_item_written_twice()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        var key = Guid.NewGuid();
        dossier.PendingItems.Add(new SagaItem(Listing, key, "\"first\""));
        await session.UpdateAsync(dossier, CancellationToken.None);

        dossier.PendingItems.Add(new SagaItem(Listing, key, "\"replayed\""));
        await session.UpdateAsync(dossier, CancellationToken.None);

        Assert.That(await new SagaItemStore(Store).ReadAsync(Listing), Is.EqualTo(new[] { "\"first\"" }));
    }

    [Test]
    public async Task Should_delete_a_retired_group_and_keep_the_others()
    {
        var (session, dossier) = await LoadNewAsync();
        await using var _ = session;
        var (older, newer, key) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        dossier.PendingItems.Add(new SagaItem(older, key, "{}"));
        dossier.PendingItems.Add(new SagaItem(newer, key, "{}"));
        await session.UpdateAsync(dossier, CancellationToken.None);

        dossier.RetiredItemGroups.Add(older);
        await session.UpdateAsync(dossier, CancellationToken.None);

        var items = new SagaItemStore(Store);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await items.ContainsAsync(key, [older]), Is.False);
            Assert.That(await items.ContainsAsync(key, [newer]), Is.True);
            Assert.That(dossier.RetiredItemGroups, Is.Empty);
        }
    }
}
