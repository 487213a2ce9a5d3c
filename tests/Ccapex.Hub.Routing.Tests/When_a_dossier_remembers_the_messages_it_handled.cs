using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// A dossier keeps the ids of its last messages in its body (a window of four here) and every partner message it
/// handled, by sender, in the journal written with its row: a duplicate older than the window is still recognised,
/// and a refused message reserves no id.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_dossier_remembers_the_messages_it_handled(StoreProvider provider)
{
    private const int Window = 4;

    private StoreRoutingHub _hub = null!;

    [SetUp]
    public async Task StartHub() => _hub = await StoreRoutingHub.StartAsync(provider, o => o.HandledMessageWindow = Window);

    [TearDown]
    public async Task StopHub() => await _hub.DisposeAsync();

    [Test]
    public async Task Should_keep_only_the_window_in_the_body_and_every_message_in_the_journal()
    {
        var (id, cdp) = await OpenAsync();
        var stages = await ReportStagesAsync(id, 4);

        var dossier = await _hub.DossierAsync(id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dossier.HandledMessages, Has.Count.EqualTo(Window));
            Assert.That(dossier.HandledWindowTrimmed, Is.True);
            Assert.That(dossier.HandledMessages.Select(h => h.Id), Does.Not.Contain(cdp.MessageId));
            Assert.That(await _hub.JournalAsync(cdp.MessageId), Is.EqualTo(new[] { PartnerCode.Huissiers.Value }));
            foreach (var stage in stages)
            {
                Assert.That(await _hub.JournalAsync(stage), Is.EqualTo(new[] { PartnerCode.Huissiers.Value }));
            }
        }
    }

    [Test]
    public async Task Should_recognise_a_resubmission_older_than_the_window_by_the_journal()
    {
        var (id, cdp) = await OpenAsync();
        await ReportStagesAsync(id, 4);
        var drihlCopies = (await _hub.OutboxAsync(nameof(SubmitCdpNotification))).Count;

        await _hub.SubmitAsync(cdp);

        var dossier = await _hub.DossierAsync(id);
        var receipts = await _hub.OutboxAsync(nameof(CdpNotificationAccepted));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dossier.Timeline.Count(t => t.MessageId == cdp.MessageId), Is.EqualTo(1), "handled once");
            Assert.That(await _hub.OutboxAsync(nameof(SubmitCdpNotification)), Has.Count.EqualTo(drihlCopies), "no second copy to the DRIHL");
            Assert.That(receipts.Select(r => r["duplicate"]!.GetValue<bool>()), Is.EqualTo(new[] { false, true }), "the receipt again, marked duplicate");
        }
    }

    [Test]
    public async Task Should_write_nothing_for_a_message_the_intake_refuses()
    {
        var invalid = Fresh.Cdp() with { ArrearsAmount = new Euros(-1m) };

        await _hub.SubmitAsync(invalid);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_hub.Harness.Sent.Select<MessageRejected>().Single().Context.Message.Code, Is.EqualTo(RejectionCodes.ValidationFailed));
            Assert.That(await _hub.CountAsync("dossier"), Is.Zero);
            Assert.That(await _hub.CountAsync("handled_message"), Is.Zero);
            Assert.That(await _hub.CountAsync("outbox"), Is.Zero);
        }

        await _hub.SubmitAsync(Fresh.Cdp() with { MessageId = invalid.MessageId });
        Assert.That(await _hub.JournalAsync(invalid.MessageId), Is.EqualTo(new[] { PartnerCode.Huissiers.Value }), "the valid message with that id is handled");
    }

    [Test]
    public async Task Should_record_nothing_for_a_refusal_on_the_dossier_so_that_its_id_stays_free()
    {
        var (id, _) = await OpenAsync();
        var unexpected = Fresh.Status(id, Guid.NewGuid(), PartnerCode.Caf);

        await _hub.SubmitAsync(unexpected);
        var refused = await _hub.DossierAsync(id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _hub.OutboxAsync(nameof(MessageRejected))).Single()["code"]!.GetValue<string>(), Is.EqualTo(RejectionCodes.NotExpected));
            Assert.That(refused.HandledMessages.Select(h => h.Id), Does.Not.Contain(unexpected.MessageId));
            Assert.That(await _hub.JournalAsync(unexpected.MessageId), Is.Empty);
        }

        // The same id, on a valid message of another sender: handled.
        await _hub.SubmitAsync(Fresh.RightsChecked(id, critical: false) with { MessageId = unexpected.MessageId });

        var dossier = await _hub.DossierAsync(id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dossier.Timeline.Count(t => t.MessageId == unexpected.MessageId && t.From == PartnerCode.Caf), Is.EqualTo(1));
            Assert.That(await _hub.JournalAsync(unexpected.MessageId), Is.EqualTo(new[] { PartnerCode.Caf.Value }));
        }
    }

    [Test]
    public async Task Should_handle_two_partners_messages_that_share_an_id()
    {
        var (id, _) = await OpenAsync();
        var shared = Guid.NewGuid();

        await _hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, new DateOnly(2025, 5, 20)) with { MessageId = shared });
        await _hub.SubmitAsync(Fresh.RightsChecked(id, critical: false) with { MessageId = shared });

        var dossier = await _hub.DossierAsync(id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dossier.Timeline.Where(t => t.MessageId == shared).Select(t => t.From), Is.EquivalentTo(new[] { PartnerCode.Huissiers, PartnerCode.Caf }));
            Assert.That(await _hub.JournalAsync(shared), Is.EquivalentTo(new[] { PartnerCode.Huissiers.Value, PartnerCode.Caf.Value }));
        }
    }

    private async Task<(Guid Id, SubmitCdpNotification Cdp)> OpenAsync()
    {
        var cdp = Fresh.Cdp();
        await _hub.SubmitAsync(cdp);
        return ((await _hub.DossierIdsAsync()).Single(), cdp);
    }

    private async Task<List<Guid>> ReportStagesAsync(Guid dossierId, int count)
    {
        List<Guid> ids = [];
        for (var n = 0; n < count; n++)
        {
            var stage = Fresh.Stage(dossierId, ProcedureStage.Judgment, new DateOnly(2025, 5, 20));
            await _hub.SubmitAsync(stage);
            ids.Add(stage.MessageId);
        }

        return ids;
    }
}
