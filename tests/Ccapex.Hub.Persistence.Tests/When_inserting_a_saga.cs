namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_inserting_a_saga(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_load_what_was_inserted()
    {
        var id = Guid.NewGuid();
        await using (var session = NewSession())
        {
            var dossier = new TestDossier { CorrelationId = id, Title = "Dupont", CurrentState = "Open", OpenedAt = Start, Notes = 3 };
            Assert.That(await session.TryInsertAsync(dossier, CancellationToken.None), Is.True);
            Assert.That(dossier.Version, Is.EqualTo(1));
        }

        await using var reader = NewSession();
        var loaded = await reader.LoadAsync(id, CancellationToken.None);

        Assert.That(loaded, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded!.CorrelationId, Is.EqualTo(id));
            Assert.That(loaded.Version, Is.EqualTo(1));
            Assert.That(loaded.Title, Is.EqualTo("Dupont"));
            Assert.That(loaded.Notes, Is.EqualTo(3));
            Assert.That(loaded.OpenedAt, Is.EqualTo(Start));
            Assert.That(await ScalarAsync($"SELECT current_state FROM {TestDossier.Table}"), Is.EqualTo("Open"));
        }
    }

    [Test]
    public async Task Should_refuse_a_duplicate_as_the_saga_pipe_expects()
    {
        var id = Guid.NewGuid();
        await using var first = NewSession();
        await using var second = NewSession();
        await first.TryInsertAsync(new TestDossier { CorrelationId = id, Title = "first" }, CancellationToken.None);

        var duplicate = new TestDossier { CorrelationId = id, Title = "second" };
        var inserted = await second.TryInsertAsync(duplicate, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inserted, Is.False);
            Assert.That(duplicate.Version, Is.Zero);
            Assert.That((await second.LoadAsync(id, CancellationToken.None))!.Title, Is.EqualTo("first"));
        }
    }

    [Test]
    public async Task Should_load_nothing_for_an_unknown_id()
    {
        await using var session = NewSession();

        Assert.That(await session.LoadAsync(Guid.NewGuid(), CancellationToken.None), Is.Null);
    }
}
