using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// A durable timeout: the CAF listing's period (5 seconds here instead of a day) is an outbox row due at
/// its end. The hub dies as the row is committed and stays down past the due time; the row is still in
/// the store, unsent, and the restarted hub sends it, so the listing goes out. Months-long timeouts (the
/// six-month follow-up, answer deadlines) are rows of the same kind.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
public sealed class When_the_hub_is_down_when_a_listing_period_ends(StoreProvider provider)
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private readonly SubmitCdpNotification _cdp = CdpStream.Cdp(0);
    private CrashedHub _hub = null!;
    private PartnerInbox _caf = null!;
    private OutboxTrace? _timerAtDeath;
    private OutboxTrace? _timerPastDue;
    private DateTimeOffset _killedAt;
    private int _cafAtDeath;

    [OneTimeSetUp]
    public async Task Kill_before_the_timer_and_restart_after_it()
    {
        _hub = await CrashedHub.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Hub__Routing__CafListingPeriod"] = Period.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        });
        _caf = await _hub.InboxAsync(PartnerCode.Caf);

        // Dies as the listing saga commits its first line, with the period's timer: a SIGKILL after the
        // store shows the timer could come too late on a busy machine, when the timer has already fired.
        await _hub.StartAsync($"{CrashPoint.SagaCommitted}@caf_listing");
        await CdpStream.SendAsync(_hub.Bailiffs, [_cdp]);
        await _hub.WaitForCrashAsync();
        _killedAt = DateTimeOffset.UtcNow;
        _cafAtDeath = _caf.Deliveries.Count;
        _timerAtDeath = await Timer(_hub.Store);

        // Down until the timer is past due, as after an outage: the restart finds it late, not lost.
        var due = _timerAtDeath?.DueAt ?? throw new AssertionException($"No listing timer in the store at the crash.{Environment.NewLine}{_hub.Story()}");
        var late = due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        await Task.Delay(late > TimeSpan.Zero ? late : TimeSpan.Zero);
        _timerPastDue = await Timer(_hub.Store);

        await _hub.StartAsync();
        await _caf.WaitForDistinctAsync(1, CrashedHub.DeliveryTimeout, _hub.Story);
        await _hub.SettleAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _hub.DisposeAsync();

    [Test]
    public void Should_have_been_killed_before_the_timer_was_due()
    {
        Assert.That(_timerAtDeath, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(_timerAtDeath!.IsSent, Is.False);
            Assert.That(_timerAtDeath.DueAt, Is.GreaterThan(_killedAt));
            Assert.That(_cafAtDeath, Is.Zero);
        });
    }

    [Test]
    public void Should_keep_the_timer_in_the_store_while_the_hub_is_down()
    {
        Assert.That(_timerPastDue, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(_timerPastDue!.MessageId, Is.EqualTo(_timerAtDeath!.MessageId));
            Assert.That(_timerPastDue.IsSent, Is.False);
            Assert.That(_timerPastDue.DueAt, Is.LessThan(DateTimeOffset.UtcNow));
        });
    }

    [Test]
    public async Task Should_send_the_listing_once_the_hub_is_back()
    {
        var dossier = (await _hub.Store.SagasAsync("dossier")).Single();
        var timer = await Timer(_hub.Store);

        Assert.Multiple(() =>
        {
            Assert.That(_caf.Deliveries, Has.Count.EqualTo(1));
            Assert.That(_caf.Deliveries.Single().Message["households"]!.AsArray().Select(h => h!["dossierId"]!.GetValue<Guid>()),
                Is.EqualTo(new[] { dossier.CorrelationId }));
            Assert.That(timer!.IsSent, Is.True);
        });
    }

    private static async Task<OutboxTrace?> Timer(CrashStore store) =>
        (await store.OutboxAsync()).SingleOrDefault(r => r.MessageType.EndsWith("CafListingPeriodElapsed", StringComparison.Ordinal));
}
