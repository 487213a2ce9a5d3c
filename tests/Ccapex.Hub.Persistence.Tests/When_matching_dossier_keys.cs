namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_matching_dossier_keys(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_store_the_first_candidate_and_return_it_afterwards()
    {
        var keys = new DossierKeyStore(Store);
        var first = Guid.NewGuid();

        var created = await keys.GetOrAddAsync("cdp:2025-0042", first);
        var again = await keys.GetOrAddAsync("cdp:2025-0042", Guid.NewGuid());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo((first, true)));
            Assert.That(again, Is.EqualTo((first, false)));
            Assert.That(await keys.FindAsync("cdp:2025-0042"), Is.EqualTo(first));
            Assert.That(await keys.FindAsync("cdp:unknown"), Is.Null);
        }
    }

    [Test]
    public async Task Should_give_one_id_to_concurrent_callers_across_instances()
    {
        await using var other = NewStore();
        DossierKeyStore[] stores = [new(Store), new(other)];

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => stores[i % 2].GetOrAddAsync("household:75011:dupont:3-rue-x", Guid.NewGuid()))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.DossierId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(results.Count(r => r.Created), Is.EqualTo(1));
        }
    }
}
