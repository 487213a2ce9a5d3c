using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_deleting_a_saga(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_remove_the_row()
    {
        var id = Guid.NewGuid();
        await using var session = NewSession();
        var dossier = new TestDossier { CorrelationId = id };
        await session.TryInsertAsync(dossier, CancellationToken.None);

        await session.DeleteAsync(dossier, CancellationToken.None);

        Assert.That(await session.LoadAsync(id, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Should_throw_a_concurrency_exception_when_the_row_changed_meanwhile()
    {
        var id = Guid.NewGuid();
        await using var first = NewSession();
        await using var second = NewSession();
        await first.TryInsertAsync(new TestDossier { CorrelationId = id }, CancellationToken.None);
        var updated = (await first.LoadAsync(id, CancellationToken.None))!;
        var finalized = (await second.LoadAsync(id, CancellationToken.None))!;
        await first.UpdateAsync(updated, CancellationToken.None);

        Assert.That(() => second.DeleteAsync(finalized, CancellationToken.None), Throws.InstanceOf<ConcurrencyException>());
        Assert.That(await second.LoadAsync(id, CancellationToken.None), Is.Not.Null);
    }
}
