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
    public async Task Should_file_several_keys_with_the_write_that_carries_them()
    {
        var keys = new DossierKeyStore(Store);
        var known = Guid.NewGuid();
        await keys.GetOrAddAsync("household:known", known);
        var opened = Guid.NewGuid();

        await Store.InTransactionAsync((c, t) => keys.PlanKeys("cdp:2025-0100", opened, ["household:known", $"dossier:{opened:N}"]).RunAsync(c, t, CancellationToken.None), CancellationToken.None);
        // The same first key for the same dossier again (a redelivery): nothing to refuse, new keys are filed.
        await Store.InTransactionAsync((c, t) => keys.PlanKeys("cdp:2025-0100", opened, ["household:other"]).RunAsync(c, t, CancellationToken.None), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await keys.FindAsync("cdp:2025-0100"), Is.EqualTo(opened));
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
    public async Task Should_refuse_a_first_key_filed_under_another_dossier_and_undo_the_whole_write()
    {
        var keys = new DossierKeyStore(Store);
        var winner = Guid.NewGuid();
        await keys.GetOrAddAsync("cdp:2025-0150", winner);
        var loser = Guid.NewGuid();

        var refused = Assert.ThrowsAsync<DossierKeyTakenException>(() => Store.InTransactionAsync(async (c, t) =>
        {
            await Store.Dialect.ExecuteAsync(c, t, "INSERT INTO dossier_key (key, dossier_id, created_at) VALUES ('written-with-it', @id, @now)",
                CancellationToken.None, ("@id", loser), ("@now", Clock.GetUtcNow()));
            await keys.PlanKeys("cdp:2025-0150", loser, [$"dossier:{loser:N}"]).RunAsync(c, t, CancellationToken.None);
        }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused?.Message, Does.Contain("cdp:2025-0150").And.Contain(winner.ToString()));
            Assert.That(await keys.FindAsync("cdp:2025-0150"), Is.EqualTo(winner));
            Assert.That(await keys.FindAsync($"dossier:{loser:N}"), Is.Null);
            Assert.That(await keys.FindAsync("written-with-it"), Is.Null, "the transaction that carried the keys is undone");
        }
    }

    [Test]
    public async Task Should_let_one_of_concurrent_openers_across_instances_file_the_keys()
    {
        await using var other = NewStore();
        HubStore[] stores = [Store, other];

        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var candidate = Guid.NewGuid();
            var keys = new DossierKeyStore(stores[i % 2]);
            try
            {
                await stores[i % 2].InTransactionAsync((c, t) => keys.PlanKeys("cdp:2025-0200", candidate, ["household:shared", $"dossier:{candidate:N}"])
                    .RunAsync(c, t, CancellationToken.None), CancellationToken.None);
                return (Candidate: candidate, Won: true);
            }
            catch (DossierKeyTakenException)
            {
                return (Candidate: candidate, Won: false);
            }
        })));

        var winners = attempts.Where(a => a.Won).Select(a => a.Candidate).ToList();
        var found = new DossierKeyStore(Store);
        Assert.That(winners, Has.Count.EqualTo(1), "the first key decides; the others are refused, to be retried");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await found.FindAsync("cdp:2025-0200"), Is.EqualTo(winners[0]));
            Assert.That(await found.FindAsync("household:shared"), Is.EqualTo(winners[0]));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM dossier_key WHERE key LIKE 'dossier:%'"), Is.EqualTo(1), "no loser left a key");
        }
    }
}
