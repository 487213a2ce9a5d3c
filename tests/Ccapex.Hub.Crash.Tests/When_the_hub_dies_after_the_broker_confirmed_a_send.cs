using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// The relay sent outbox rows and the broker confirmed them, then the hub died before marking them
/// sent (CCAPEX_CRASH_AT=relay-sent:N, the Nth confirmed send). After the restart the relay sends them
/// again: delivery is at least once, and a partner may get a message twice, always with the same
/// message id, which it deduplicates by. The window is the rows confirmed since the relay's batch
/// began (the batch is marked in one statement at its end): one row when the crash follows the first
/// send of a batch, up to the batch size (100) at worst. Nothing is re-sent under a new id, and the
/// hub's own queues recognise the re-sent internal message. The relay has a whole batch in flight at
/// once, so the rows at the broker when the hub died are the N confirmed ones and possibly others of the
/// same batch whose confirms had not come back: which rows come twice is not fixed, but only rows of
/// that batch can, and each at most twice.
/// </summary>
[TestFixture(StoreProvider.Sqlite, 1)]
[TestFixture(StoreProvider.Postgres, 1)]
[TestFixture(StoreProvider.Sqlite, 3)]
public sealed class When_the_hub_dies_after_the_broker_confirmed_a_send(StoreProvider provider, int confirmedBeforeDeath)
{
    private readonly SubmitCdpNotification _cdp = CdpStream.Cdp(0);
    private CrashedHub _hub = null!;
    private PartnerInbox[] _partners = [];
    private IReadOnlyList<OutboxTrace> _outboxAtDeath = [];

    /// <summary>The batch the relay was sending when it died: the rows due at once, all in flight together.</summary>
    private IEnumerable<OutboxTrace> InFlight => _outboxAtDeath.Where(r => r.DueAt is null);

    [OneTimeSetUp]
    public async Task Crash_and_restart()
    {
        _hub = await CrashedHub.CreateAsync(provider);
        _partners =
        [
            await _hub.InboxAsync(PartnerCode.Drihl),
            await _hub.InboxAsync(PartnerCode.LetterService),
            await _hub.InboxAsync(PartnerCode.Huissiers),
        ];

        await _hub.StartAsync($"{CrashPoint.RelaySent}:{confirmedBeforeDeath}");
        await CdpStream.SendAsync(_hub.Bailiffs, [_cdp]);
        await _hub.WaitForCrashAsync();
        _outboxAtDeath = await _hub.Store.OutboxAsync();

        await _hub.StartAsync();
        foreach (var partner in _partners)
        {
            await partner.WaitForDistinctAsync(1, CrashedHub.DeliveryTimeout, _hub.Story);
        }

        await _hub.SettleAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _hub.DisposeAsync();

    [Test]
    public void Should_have_died_after_sending_and_before_marking()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InFlight.Count(), Is.GreaterThanOrEqualTo(confirmedBeforeDeath), "the crash followed that many confirmed sends");
            Assert.That(_outboxAtDeath.Where(r => r.IsSent), Is.Empty);
        });
    }

    [Test]
    public void Should_deliver_exactly_the_expected_message_ids()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_partners[0].DistinctIds, Is.EquivalentTo(new[] { CdpStream.DrihlCopyId(_cdp) }));
            Assert.That(_partners[1].DistinctIds, Is.EquivalentTo(new[] { CdpStream.LetterId(_cdp) }));
            Assert.That(_partners[2].DistinctIds, Is.EquivalentTo(new[] { CdpStream.ReceiptId(_cdp) }));
        });
    }

    [Test]
    public void Should_deliver_twice_only_rows_of_the_batch_in_flight_and_under_the_same_id()
    {
        var inFlight = InFlight.Select(r => r.MessageId).ToHashSet();
        var deliveries = _partners.SelectMany(p => p.Deliveries).GroupBy(d => d.MessageId).ToDictionary(g => g.Key, g => g.Count());

        Assert.Multiple(() =>
        {
            Assert.That(deliveries.Values, Has.All.InRange(1, 2), "no message more than twice");
            Assert.That(deliveries.Where(d => d.Value == 2).Select(d => d.Key), Is.SubsetOf(inFlight), "only rows of the batch in flight come twice");
        });
        TestContext.Out.WriteLine($"{confirmedBeforeDeath} row(s) confirmed before the crash; partners got {_partners.Sum(p => p.Duplicates)} duplicate(s), same ids.");
    }

    [Test]
    public async Task Should_recognise_the_internal_message_when_it_comes_again()
    {
        var listing = (await _hub.Store.SagasAsync("caf_listing")).Single();
        var lines = await _hub.Store.ListingLinesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(1));
            Assert.That(listing.Body["LineCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_mark_every_row_sent_after_the_restart()
    {
        var outbox = await _hub.Store.OutboxAsync();

        Assert.That(outbox.Where(r => r.IsPendingNow), Is.Empty);
    }
}
