using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Intake;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// The routing's key table, written through the transaction the store hands to its writers: the dossier's keys commit
/// with whatever else that transaction holds, and a first key filed under another dossier undoes all of it.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_filing_dossier_keys_in_theStore(StoreProvider provider)
{
    private StoreDatabase _database = null!;
    private DossierKeyTable _keys = null!;

    private HubStore Store => _database.Stores[0];

    [SetUp]
    public async Task CreateStore()
    {
        _database = new StoreDatabase(provider, new FakeTimeProvider(RoutingHarness.Start));
        _keys = new DossierKeyTable(_database.NewStore());
        await Store.EnsureCreatedAsync();
    }

    [TearDown]
    public async Task DropStore() => await _database.DisposeAsync();

    [Test]
    public async Task Should_file_several_keys_with_the_write_that_carries_them()
    {
        var known = Guid.NewGuid();
        await FileAsync(Store, known, "household:known");
        var opened = Guid.NewGuid();

        await FileAsync(Store, opened, "cdp:2025-0100", "household:known", $"dossier:{opened:N}");
        // The same first key for the same dossier again (a redelivery): nothing to refuse, new keys are filed.
        await FileAsync(Store, opened, "cdp:2025-0100", "household:other");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _keys.FindAsync("cdp:2025-0100"), Is.EqualTo(opened));
            Assert.That(await _keys.FindAsync($"dossier:{opened:N}"), Is.EqualTo(opened));
            Assert.That(await _keys.FindAsync("household:other"), Is.EqualTo(opened));
            Assert.That(await _keys.FindAsync("household:known"), Is.EqualTo(known), "a key already mapped keeps its dossier");
            Assert.That(await _keys.FindAsync("cdp:unknown"), Is.Null);
            Assert.That(await _keys.FindAnyAsync(["cdp:unknown", "household:known", "cdp:2025-0100"]), Is.EqualTo(known), "the first key found, in the order given");
            Assert.That(await _keys.FindAnyAsync(["cdp:unknown", "cdp:2025-0100"]), Is.EqualTo(opened));
            Assert.That(await _keys.FindAnyAsync(["cdp:unknown"]), Is.Null);
            Assert.That(await _keys.FindAnyAsync([]), Is.Null);
        }
    }

    [Test]
    public async Task Should_refuse_a_first_key_filed_under_another_dossier_and_undo_the_whole_write()
    {
        var winner = Guid.NewGuid();
        await FileAsync(Store, winner, "cdp:2025-0150");
        var loser = Guid.NewGuid();

        var refused = Assert.ThrowsAsync<DossierKeyTakenException>(() => Store.WriteAsync(async transaction =>
        {
            await DossierKeyFiling.FileAsync(transaction, loser, ["written-with-it"], CancellationToken.None);
            await DossierKeyFiling.FileAsync(transaction, loser, ["cdp:2025-0150", $"dossier:{loser:N}"], CancellationToken.None);
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused?.Message, Does.Contain("cdp:2025-0150").And.Contain(winner.ToString()));
            Assert.That(await _keys.FindAsync("cdp:2025-0150"), Is.EqualTo(winner));
            Assert.That(await _keys.FindAsync($"dossier:{loser:N}"), Is.Null);
            Assert.That(await _keys.FindAsync("written-with-it"), Is.Null, "the transaction that carried the keys is undone");
        }
    }

    [Test]
    public async Task Should_let_one_of_concurrent_openers_across_instances_file_the_keys()
    {
        HubStore[] stores = [Store, _database.NewStore()];

        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var candidate = Guid.NewGuid();
            try
            {
                await FileAsync(stores[i % 2], candidate, "cdp:2025-0200", "household:shared", $"dossier:{candidate:N}");
                return (Candidate: candidate, Won: true);
            }
            catch (DossierKeyTakenException)
            {
                return (Candidate: candidate, Won: false);
            }
        })));

        var winners = attempts.Where(a => a.Won).Select(a => a.Candidate).ToList();
        Assert.That(winners, Has.Count.EqualTo(1), "the first key decides; the others are refused, to be retried");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _keys.FindAsync("cdp:2025-0200"), Is.EqualTo(winners[0]));
            Assert.That(await _keys.FindAsync("household:shared"), Is.EqualTo(winners[0]));
            var dossierKeys = await Store.ReadAsync(t => t.ScalarAsync("SELECT COUNT(*) FROM dossier_key WHERE key LIKE 'dossier:%'", CancellationToken.None));
            Assert.That(Convert.ToInt64(dossierKeys, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1), "no loser left a key");
        }
    }

    private static Task FileAsync(HubStore store, Guid dossierId, params string[] keys) =>
        store.WriteAsync(transaction => DossierKeyFiling.FileAsync(transaction, dossierId, keys, CancellationToken.None));
}
