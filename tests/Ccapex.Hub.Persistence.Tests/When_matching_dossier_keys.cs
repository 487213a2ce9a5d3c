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

    [Test]
    public async Task Should_map_several_keys_at_once_to_the_first_keys_dossier()
    {
        var keys = new DossierKeyStore(Store);
        var known = Guid.NewGuid();
        await keys.GetOrAddAsync("household:known", known);

        var opened = await keys.GetOrAddManyAsync("cdp:2025-0100", Guid.NewGuid(), id => ["household:known", $"dossier:{id:N}"]);
        var again = await keys.GetOrAddManyAsync("cdp:2025-0100", Guid.NewGuid(), id => ["household:other", $"dossier:{id:N}"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.EqualTo(opened), "the first key decides");
            Assert.That(await keys.FindAsync($"dossier:{opened:N}"), Is.EqualTo(opened));
            Assert.That(await keys.FindAsync("household:other"), Is.EqualTo(opened));
            Assert.That(await keys.FindAsync("household:known"), Is.EqualTo(known), "a key already mapped keeps its dossier");
            Assert.That(await keys.FindAnyAsync(["cdp:unknown", "household:known", "cdp:2025-0100"]), Is.EqualTo(known), "the first key found, in the order given");
            Assert.That(await keys.FindAnyAsync(["cdp:unknown", "cdp:2025-0100"]), Is.EqualTo(opened));
            Assert.That(await keys.FindAnyAsync(["cdp:unknown"]), Is.Null);
            Assert.That(await keys.FindAnyAsync([]), Is.Null);
        }
    }

    [Test]
    public async Task Should_give_one_id_to_concurrent_openers_of_several_keys_across_instances()
    {
        await using var other = NewStore();
        DossierKeyStore[] stores = [new(Store), new(other)];

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => stores[i % 2].GetOrAddManyAsync("cdp:2025-0200", Guid.NewGuid(), id => ["household:shared", $"dossier:{id:N}"]))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Distinct().Count(), Is.EqualTo(1));
            Assert.That(await stores[0].FindAsync("household:shared"), Is.EqualTo(results[0]));
            Assert.That(await stores[1].FindAsync($"dossier:{results[0]:N}"), Is.EqualTo(results[0]));
        }
    }
}
