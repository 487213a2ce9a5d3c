using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F1 (actions 11, 17) and F2 (action 16).</summary>
public sealed class When_a_bailiff_notifies_a_cdp : RoutingSpec
{
    [Test]
    public async Task Should_open_a_dossier_and_answer_with_its_id()
    {
        var id = await OpenDossierWithCdp();

        var dossier = Hub.Dossier(id);
        Assert.Multiple(() =>
        {
            Assert.That(dossier.CurrentState, Is.EqualTo("Open"));
            Assert.That(dossier.Stage, Is.EqualTo(ProcedureStage.CommandementDePayer));
            Assert.That(Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers).Single().NotificationRequired, Is.True);
        });
    }

    [Test]
    public async Task Should_route_the_notification_to_the_drihl()
    {
        var cdp = Fresh.Cdp();
        await OpenDossierWithCdp(cdp);

        Assert.That(Hub.To<SubmitCdpNotification>(PartnerCode.Drihl).Single().ActReference, Is.EqualTo(cdp.ActReference));
    }

    [Test]
    public async Task Should_send_the_household_an_awareness_letter()
    {
        var id = await OpenDossierWithCdp();

        var letter = Hub.To<SendAwarenessLetter>(PartnerCode.LetterService).Single();
        Assert.That(letter.DossierId, Is.EqualTo(id));
    }

    [Test]
    public async Task Should_change_nothing_when_the_same_message_is_redelivered()
    {
        var cdp = Fresh.Cdp();
        await Hub.SubmitAsync(cdp);
        await Hub.SubmitAsync(cdp);

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<SubmitCdpNotification>(PartnerCode.Drihl), Has.Count.EqualTo(1));
            Assert.That(Hub.Dossiers(), Has.Count.EqualTo(1));
            Assert.That(Hub.Dossiers().Single().Timeline, Has.Count.EqualTo(2), "the CDP and its letter");
            Assert.That(Hub.DuplicateReleases, Is.Zero);
            Assert.That(Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers).Select(r => r.Duplicate), Is.EqualTo(new[] { false, true }),
                "the sender gets its receipt again, marked duplicate");
        });
    }

    [Test]
    public async Task Should_mark_a_resubmitted_act_as_a_duplicate_of_the_same_dossier()
    {
        var first = await OpenDossierWithCdp(Fresh.Cdp("CDP-X-1"));
        var again = await OpenDossierWithCdp(Fresh.Cdp("CDP-X-1"));

        var receipts = Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers);
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(receipts.Select(r => r.Duplicate), Is.EqualTo(new[] { false, true }));
            Assert.That(Hub.To<SubmitCdpNotification>(PartnerCode.Drihl), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_file_the_act_of_a_later_cdp_for_the_household_under_its_dossier()
    {
        var first = await OpenDossierWithCdp(Fresh.Cdp("CDP-Y-1"));
        var later = await OpenDossierWithCdp(Fresh.Cdp("CDP-Y-2"));
        await Hub.SubmitAsync(Fresh.Stage(Guid.Empty, ProcedureStage.Judgment, new DateOnly(2025, 5, 20)) with { DossierId = null, CdpActReference = "CDP-Y-2" });

        Assert.Multiple(() =>
        {
            Assert.That(later, Is.EqualTo(first), "the same household");
            Assert.That(Hub.IntakeRejections(), Is.Empty);
            Assert.That(Hub.To<MessageAccepted>(PartnerCode.Huissiers).Single().DossierId, Is.EqualTo(first));
        });
    }

    [Test]
    public async Task Should_record_a_cdp_under_the_threshold_without_letter_or_listing()
    {
        var small = Fresh.Cdp() with { ArrearsMonths = 1, ArrearsAmount = new(400m) };
        await OpenDossierWithCdp(small);

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers).Single().NotificationRequired, Is.False);
            Assert.That(Hub.To(PartnerCode.LetterService), Is.Empty);
            Assert.That(Hub.To<SubmitCdpNotification>(PartnerCode.Drihl), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_recognise_an_earlier_act_resubmitted_after_a_newer_cdp()
    {
        var first = await OpenDossierWithCdp(Fresh.Cdp("CDP-A-1"));
        await OpenDossierWithCdp(Fresh.Cdp("CDP-A-2"));
        var again = await OpenDossierWithCdp(Fresh.Cdp("CDP-A-1"));

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers).Select(r => r.Duplicate), Is.EqualTo(new[] { false, false, true }));
            Assert.That(Hub.To<SubmitCdpNotification>(PartnerCode.Drihl), Has.Count.EqualTo(2));
        });
    }
}
