using Ccapex.Hub.Routing;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using MassTransit;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// A bailiff asks for a CDP receipt; the hub dies on the spot (CCAPEX_CRASH_AT=saga-committed@dossier)
/// right after the dossier's transaction commits, before MassTransit acks the message and before the relay
/// sends anything. The hub is restarted without the crash point: RabbitMQ redelivers the unacked message,
/// which must change nothing, and the relay sends what was committed.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_hub_dies_between_the_dossier_commit_and_the_ack(StoreProvider provider)
{
    private readonly SubmitCdpNotification _cdp = CdpStream.Cdp(0);
    private CrashedHub _hub = null!;
    private PartnerInbox _drihl = null!;
    private PartnerInbox _letters = null!;
    private IReadOnlyList<OutboxTrace> _outboxAtDeath = [];
    private IReadOnlyList<SagaRow> _dossiersAtDeath = [];
    private int _drihlAtDeath;
    private Response<CdpNotificationAccepted, MessageRejected> _receipt;

    [OneTimeSetUp]
    public async Task Crash_and_restart()
    {
        _hub = await CrashedHub.CreateAsync(provider);
        _drihl = await _hub.InboxAsync(PartnerCode.Drihl);
        _letters = await _hub.InboxAsync(PartnerCode.LetterService);

        await _hub.StartAsync(CrashPoint.SagaCommitted + "@dossier");
        var client = _hub.Bailiffs.CreateRequestClient<SubmitCdpNotification>(CrashedHub.IntakeAddress, RequestTimeout.After(s: 120));
        var receipt = client.GetResponse<CdpNotificationAccepted, MessageRejected>(_cdp);
        await _hub.WaitForCrashAsync();
        _outboxAtDeath = await _hub.Store.OutboxAsync();
        _dossiersAtDeath = await _hub.Store.SagasAsync("dossier");
        _drihlAtDeath = _drihl.Deliveries.Count;

        await _hub.StartAsync();
        _receipt = await receipt;
        await _drihl.WaitForDistinctAsync(1, CrashedHub.DeliveryTimeout, _hub.Story);
        await _letters.WaitForDistinctAsync(1, CrashedHub.DeliveryTimeout, _hub.Story);
        await _hub.SettleAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _hub.DisposeAsync();

    [Test]
    public void Should_have_said_in_its_log_that_the_crash_point_was_armed() =>
        Assert.That(_hub.Story(), Does.Contain($"{CrashPoint.Variable}={CrashPoint.SagaCommitted}@dossier:1 is set"));

    [Test]
    public void Should_have_died_with_the_dossier_on_disk()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_dossiersAtDeath, Has.Count.EqualTo(1));
            Assert.That(_dossiersAtDeath.Single().List("HandledMessageIds").Select(handled => handled["Id"]!.GetValue<Guid>()), Does.Contain(MessageScope.Of(_cdp.MessageId, _cdp.Sender)));
            Assert.That(_outboxAtDeath.Select(r => r.MessageId), Does.Contain(CdpStream.DrihlCopyId(_cdp)));
        });
    }

    [Test]
    public void Should_have_died_before_sending_anything()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_drihlAtDeath, Is.Zero);
            Assert.That(_outboxAtDeath.Where(r => r.IsSent), Is.Empty);
        });
    }

    [Test]
    public async Task Should_keep_exactly_one_dossier_for_the_act()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");

        Assert.That(dossiers.Count(d => d.Text("CdpActReference") == _cdp.ActReference), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_have_handled_the_redelivered_message_without_a_second_timeline_entry()
    {
        var dossier = (await _hub.Store.SagasAsync("dossier")).Single();

        Assert.Multiple(() =>
        {
            // One version per handled message: the redelivery was consumed (and changed nothing).
            Assert.That(dossier.Version, Is.EqualTo(_dossiersAtDeath.Single().Version + 1));
            Assert.That(dossier.List("Timeline").Count(e => e["MessageId"]!.GetValue<Guid>() == _cdp.MessageId), Is.EqualTo(1));
            Assert.That(dossier.List("HandledMessageIds").Count(handled => handled["Id"]!.GetValue<Guid>() == MessageScope.Of(_cdp.MessageId, _cdp.Sender)), Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_deliver_the_cdp_to_the_drihl_exactly_once()
    {
        Assert.That(_drihl.Deliveries.Select(d => d.MessageId), Is.EqualTo(new[] { CdpStream.DrihlCopyId(_cdp) }));
        Assert.That(_drihl.Deliveries[0].Message["actReference"]!.GetValue<string>(), Is.EqualTo(_cdp.ActReference));
    }

    [Test]
    public void Should_send_exactly_one_awareness_letter() =>
        Assert.That(_letters.Deliveries.Select(d => d.MessageId), Is.EqualTo(new[] { CdpStream.LetterId(_cdp) }));

    [Test]
    public async Task Should_answer_the_bailiff_who_asked_with_the_dossier()
    {
        var dossier = (await _hub.Store.SagasAsync("dossier")).Single();

        Assert.That(_receipt.Is(out Response<CdpNotificationAccepted>? accepted), Is.True, () => $"got {_receipt.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(accepted!.Message.InReplyTo, Is.EqualTo(_cdp.MessageId));
            Assert.That(accepted.Message.DossierId, Is.EqualTo(dossier.CorrelationId));
            Assert.That(accepted.Message.Duplicate, Is.False);
        });
    }

    [Test]
    public async Task Should_not_answer_the_redelivery_with_a_second_receipt()
    {
        // The outbox keeps every delivery: one receipt, under the id derived from the CDP. A second one,
        // under another id, would reach the bailiff as a new message it cannot recognise.
        var receipts = (await _hub.Store.OutboxAsync()).Where(r => r.MessageType.EndsWith(nameof(CdpNotificationAccepted), StringComparison.Ordinal));

        Assert.That(receipts.Select(r => r.MessageId), Is.EqualTo(new[] { CdpStream.ReceiptId(_cdp) }));
    }

    [Test]
    public async Task Should_keep_the_caf_answer_obligation_and_its_deadline_once()
    {
        var dossier = (await _hub.Store.SagasAsync("dossier")).Single();
        var outbox = await _hub.Store.OutboxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(dossier.List("Obligations").Select(o => o["Flow"]!.GetValue<string>()), Is.EqualTo(new[] { "F3" }));
            Assert.That(outbox.Where(r => r.MessageType.EndsWith("ObligationDeadlineReached", StringComparison.Ordinal) && !r.IsSent && r.DueAt > DateTimeOffset.UtcNow),
                Has.Exactly(1).Items, "the F3 answer's deadline waits in the outbox");
        });
    }

    [Test]
    public async Task Should_put_the_household_on_the_caf_listing_once()
    {
        var lines = await _hub.Store.ListingLinesAsync();

        Assert.That(lines, Is.EqualTo(new[] { (await _hub.Store.SagasAsync("dossier")).Single().CorrelationId }));
    }

    [Test]
    public async Task Should_send_every_committed_row_and_leave_nothing_in_error()
    {
        var outbox = await _hub.Store.OutboxAsync();
        var errors = await _hub.ErrorQueuesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(outbox.Where(r => r.IsPendingNow), Is.Empty);
            Assert.That(errors.Where(q => q.Value > 0), Is.Empty);
        });
    }
}
