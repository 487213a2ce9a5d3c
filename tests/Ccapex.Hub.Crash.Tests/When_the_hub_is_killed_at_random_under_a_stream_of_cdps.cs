using System.Globalization;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// Bailiffs send 200 CDPs (each its own act and household) at a steady pace while the hub is killed three
/// times and restarted each time: with SIGKILL at random moments, or (the "points" plan) on the spot at
/// crash points armed with random counts, after the Nth dossier commit, the Nth confirmed relay send,
/// the Nth listing commit. Once the hub is back and has drained its queues, every CDP has one dossier,
/// and every partner has every message, under its one id: a duplicate, if a kill fell between a
/// confirmed send and its mark, repeats an expected id and nothing else. The seed is printed;
/// CCAPEX_CRASH_SEED replays a run's delays and counts (the moments they fall on also depend on the
/// machine's speed).
/// </summary>
[TestFixture(StoreProvider.Sqlite, "kill")]
[TestFixture(StoreProvider.Postgres, "kill")]
[TestFixture(StoreProvider.Sqlite, "points")]
public sealed class When_the_hub_is_killed_at_random_under_a_stream_of_cdps(StoreProvider provider, string plan)
{
    private const int Count = 200;

    /// <summary>The relay marks a batch (at most this many rows) at its end: the most one crash can re-send.</summary>
    private const int RelayBatchSize = 100;

    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(2);

    private readonly IReadOnlyList<SubmitCdpNotification> _cdps = CdpStream.Cdps(Count);
    private CrashedHub _hub = null!;
    private PartnerInbox _drihl = null!;
    private PartnerInbox _letters = null!;
    private PartnerInbox _receipts = null!;

    [OneTimeSetUp]
    public async Task Stream_cdps_while_killing_the_hub()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CCAPEX_CRASH_SEED"), CultureInfo.InvariantCulture, out var given)
            ? given : Random.Shared.Next();
        await TestContext.Progress.WriteLineAsync($"Random kills ({plan}, {provider}), seed {seed}: CCAPEX_CRASH_SEED={seed} replays the same delays and counts.");
        var random = new Random(seed);

        // Null: SIGKILL after a random delay. Otherwise the run is armed and kills itself there.
        string?[] crashes = plan == "points"
            ?
            [
                $"{CrashPoint.SagaCommitted}@dossier:{random.Next(5, 40)}",
                $"{CrashPoint.RelaySent}:{random.Next(10, 100)}",
                $"{CrashPoint.SagaCommitted}@caf_listing:{random.Next(5, 40)}",
            ]
            : [null, null, null];

        _hub = await CrashedHub.CreateAsync(provider);
        _drihl = await _hub.InboxAsync(PartnerCode.Drihl);
        _letters = await _hub.InboxAsync(PartnerCode.LetterService);
        _receipts = await _hub.InboxAsync(PartnerCode.Huissiers);
        await _hub.StartAsync(crashes[0]);

        var stream = Task.Run(async () =>
        {
            foreach (var cdp in _cdps)
            {
                await CdpStream.SendAsync(_hub.Bailiffs, [cdp]);
                await Task.Delay(Pace);
            }
        });

        for (var kill = 0; kill < crashes.Length; kill++)
        {
            if (crashes[kill] is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 2500)));
                await _hub.KillAsync();
            }
            else
            {
                await _hub.WaitForCrashAsync();
            }

            await TestContext.Progress.WriteLineAsync(
                $"Kill {kill + 1} ({crashes[kill] ?? "SIGKILL"}): the DRIHL had {_drihl.DistinctIds.Count} of {Count} CDPs ({_drihl.Duplicates} duplicate deliveries so far).");
            await _hub.StartAsync(kill + 1 < crashes.Length ? crashes[kill + 1] : null);
        }

        await stream;
        await _drihl.WaitForDistinctAsync(Count, DrainTimeout, _hub.Story);
        await _letters.WaitForDistinctAsync(Count, DrainTimeout, _hub.Story);
        await _receipts.WaitForDistinctAsync(Count, DrainTimeout, _hub.Story);
        await _hub.SettleAsync();
        await TestContext.Progress.WriteLineAsync(
            $"Drained: duplicates (same id) DRIHL {_drihl.Duplicates}, letters {_letters.Duplicates}, receipts {_receipts.Duplicates}.");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _hub.DisposeAsync();

    [Test]
    public void Should_have_killed_and_restarted_the_hub() => Assert.That(_hub.Runs, Is.EqualTo(4));

    [Test]
    public async Task Should_open_exactly_one_dossier_per_cdp()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");

        Assert.That(dossiers.Select(d => d.Text("CdpActReference")), Is.EquivalentTo(_cdps.Select(c => c.ActReference)));
    }

    [Test]
    public async Task Should_record_each_cdp_and_its_letter_once_in_its_dossier()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");
        var flows = dossiers.Select(d => string.Join(",", d.List("Timeline").Select(e => e["Flow"]!.GetValue<string>()))).Distinct();

        Assert.That(flows, Is.EqualTo(new[] { "F1,F2" }));
    }

    [Test]
    public void Should_deliver_every_cdp_to_the_drihl_under_its_own_id() => AssertIds(_drihl, CdpStream.DrihlCopyId);

    [Test]
    public void Should_send_every_awareness_letter_under_its_own_id() => AssertIds(_letters, CdpStream.LetterId);

    [Test]
    public void Should_answer_every_cdp_under_its_own_id() => AssertIds(_receipts, CdpStream.ReceiptId);

    [Test]
    public void Should_repeat_a_delivery_only_within_the_relay_window()
    {
        var duplicates = _drihl.Duplicates + _letters.Duplicates + _receipts.Duplicates;

        // Each kill can re-send at most the rows of the relay batch in flight, always under their ids (checked above).
        Assert.That(duplicates, Is.LessThanOrEqualTo(3 * RelayBatchSize));
    }

    [Test]
    public async Task Should_keep_every_caf_obligation_and_its_deadline()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");
        var deadlines = (await _hub.Store.OutboxAsync())
            .Where(r => r.MessageType.EndsWith("ObligationDeadlineReached", StringComparison.Ordinal) && !r.IsSent);

        Assert.Multiple(() =>
        {
            Assert.That(dossiers.Select(d => d.List("Obligations").Count), Is.All.EqualTo(1));
            Assert.That(deadlines.Select(r => r.MessageId).Distinct().Count(), Is.EqualTo(Count));
        });
    }

    [Test]
    public async Task Should_put_every_household_on_the_caf_listing_once()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");
        var listing = (await _hub.Store.SagasAsync("caf_listing")).Single();
        var lines = await _hub.Store.ListingLinesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EquivalentTo(dossiers.Select(d => d.CorrelationId)));
            Assert.That(listing.Body["LineCount"]!.GetValue<int>(), Is.EqualTo(lines.Count), "the row's count matches its line rows");
        });
    }

    /// <summary>Exactly the expected ids; any other delivery is shown whole, since it is a message the hub should not have sent.</summary>
    private void AssertIds(PartnerInbox inbox, Func<SubmitCdpNotification, Guid> expectedId)
    {
        var expected = _cdps.Select(expectedId).ToHashSet();
        var unexpected = inbox.Deliveries.Where(d => !expected.Contains(d.MessageId)).Select(d => d.Envelope.ToJsonString());

        Assert.That(inbox.DistinctIds, Is.EquivalentTo(expected), () => string.Join(Environment.NewLine, unexpected));
    }

    [Test]
    public async Task Should_leave_nothing_in_error()
    {
        var errors = await _hub.ErrorQueuesAsync();

        Assert.That(errors.Where(q => q.Value > 0), Is.Empty);
    }
}
