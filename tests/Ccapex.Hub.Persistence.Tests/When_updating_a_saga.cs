using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_updating_a_saga(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_store_the_change_and_bump_the_version()
    {
        var id = await InsertAsync();
        await using (var session = NewSession())
        {
            var dossier = (await session.LoadAsync(id, CancellationToken.None))!;
            dossier.Notes = 7;
            dossier.CurrentState = "Examined";
            await session.UpdateAsync(dossier, CancellationToken.None);
            Assert.That(dossier.Version, Is.EqualTo(2));
        }

        await using var reader = NewSession();
        var loaded = (await reader.LoadAsync(id, CancellationToken.None))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded.Version, Is.EqualTo(2));
            Assert.That(loaded.Notes, Is.EqualTo(7));
            Assert.That(await ScalarAsync($"SELECT current_state FROM {TestDossier.Table}"), Is.EqualTo("Examined"));
        }
    }

    [Test]
    public async Task Should_throw_a_concurrency_exception_for_a_stale_version()
    {
        var id = await InsertAsync();
        await using var first = NewSession();
        await using var second = NewSession();
        var winner = (await first.LoadAsync(id, CancellationToken.None))!;
        var loser = (await second.LoadAsync(id, CancellationToken.None))!;

        winner.Notes = 1;
        await first.UpdateAsync(winner, CancellationToken.None);
        loser.Notes = 2;

        Assert.That(() => second.UpdateAsync(loser, CancellationToken.None), Throws.InstanceOf<ConcurrencyException>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loser.Version, Is.EqualTo(1), "the instance keeps the version it was loaded with");
            Assert.That((await NewSession().LoadAsync(id, CancellationToken.None))!.Notes, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Should_save_an_added_instance_once_only()
    {
        var id = Guid.NewGuid();
        await using var session = NewSession();
        await session.SaveAsync(new TestDossier { CorrelationId = id }, CancellationToken.None);

        Assert.That(() => session.SaveAsync(new TestDossier { CorrelationId = id }, CancellationToken.None), Throws.InstanceOf<ConcurrencyException>());
        Assert.That(await CountAsync($"SELECT COUNT(*) FROM {TestDossier.Table} WHERE version = 1"), Is.EqualTo(1));
    }

    private async Task<Guid> InsertAsync()
    {
        var id = Guid.NewGuid();
        await using var session = NewSession();
        await session.TryInsertAsync(new TestDossier { CorrelationId = id }, CancellationToken.None);
        return id;
    }
}
