using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// The CAF listing (F3) goes out at 5 households. Three CDPs are on it when the hub is killed: by SIGKILL
/// to the whole process tree once the store holds the three lines, or on the spot right after the
/// listing commits its third line (before that message is acked; lines one per write there, so that the crash
/// point's count of writes is a count of lines). Two more CDPs after the
/// restart complete it: the CAF receives one listing, with all five households.
/// </summary>
[TestFixture(StoreProvider.Sqlite, null)]
[TestFixture(StoreProvider.Postgres, null)]
[TestFixture(StoreProvider.Sqlite, CrashPoint.SagaCommitted + "@caf_listing:3")]
public sealed class When_the_hub_is_killed_in_the_middle_of_a_caf_listing(StoreProvider provider, string? crashAt)
{
    private const int ListingSize = 5;

    private readonly IReadOnlyList<SubmitCdpNotification> _cdps = CdpStream.Cdps(ListingSize);
    private CrashedHub _hub = null!;
    private PartnerInbox _caf = null!;
    private int _linesAtDeath;

    [OneTimeSetUp]
    public async Task Kill_mid_listing_and_complete_it()
    {
        _hub = await CrashedHub.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Hub__Routing__CafListingMaxHouseholds"] = ListingSize.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // The crash point counts the listing's writes: with one line per write, the third is the third line's.
            ["Hub__Routing__CafListingBatchSize"] = crashAt is null ? null : "1",
        });
        _caf = await _hub.InboxAsync(PartnerCode.Caf);

        await _hub.StartAsync(crashAt);
        await CdpStream.SendAsync(_hub.Bailiffs, _cdps.Take(3));
        if (crashAt is null)
        {
            await _hub.WaitForStoreAsync(async store => await Lines(store) == 3, "three households on the listing");
            await _hub.KillAsync();
        }
        else
        {
            await _hub.WaitForCrashAsync();
        }

        _linesAtDeath = await Lines(_hub.Store);

        await _hub.StartAsync();
        await CdpStream.SendAsync(_hub.Bailiffs, _cdps.Skip(3));
        await _caf.WaitForDistinctAsync(1, CrashedHub.DeliveryTimeout, _hub.Story);
        await _hub.SettleAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _hub.DisposeAsync();

    [Test]
    public void Should_have_died_with_three_households_on_the_listing() => Assert.That(_linesAtDeath, Is.EqualTo(3));

    [Test]
    public void Should_send_the_caf_exactly_one_listing() => Assert.That(_caf.Deliveries, Has.Count.EqualTo(1));

    [Test]
    public async Task Should_list_the_five_households_once_each()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");
        var households = _caf.Deliveries.Single().Message["households"]!.AsArray().Select(h => h!["dossierId"]!.GetValue<Guid>());

        Assert.That(households, Is.EquivalentTo(dossiers.Select(d => d.CorrelationId)));
        Assert.That(dossiers.Select(d => d.Text("CdpActReference")), Is.EquivalentTo(_cdps.Select(c => c.ActReference)));
    }

    [Test]
    public async Task Should_start_the_next_listing_empty_with_no_timer_left()
    {
        var listing = (await _hub.Store.SagasAsync("caf_listing")).Single();
        var outbox = await _hub.Store.OutboxAsync();
        var lines = await _hub.Store.ListingLinesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(listing.Body["LineCount"]!.GetValue<int>(), Is.Zero);
            Assert.That(listing.Body["ListingsSent"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(outbox.Where(r => r.MessageType.EndsWith("CafListingPeriodElapsed", StringComparison.Ordinal) && !r.IsSent), Is.Empty,
                "the period's timer of a listing sent for its size is cancelled");
        });
    }

    [Test]
    public async Task Should_leave_nothing_in_error()
    {
        var errors = await _hub.ErrorQueuesAsync();

        Assert.That(errors.Where(q => q.Value > 0), Is.Empty);
    }

    private static async Task<int> Lines(CrashStore store) =>
        (await store.ListingLinesAsync()).Count;
}
