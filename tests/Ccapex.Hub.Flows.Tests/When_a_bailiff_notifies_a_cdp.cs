namespace Ccapex.Hub.Flows.Tests;

/// <summary>F1 (actions 11, 17) and F2 (action 16): the receipt, the notification to the DRIHL, the letter to the household.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_bailiff_notifies_a_cdp(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_answer_with_its_dossier_and_route_the_notification_to_the_drihl()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);

        var dossier = await OpenDossierWithCdp(cdp);

        var notified = await Partners.WaitFor<SubmitCdpNotification>(PartnerCode.Drihl, m => m.MessageId == cdp.MessageId);
        var receipt = Partners.To<CdpNotificationAccepted>(PartnerCode.Huissiers, r => r.InReplyTo == cdp.MessageId).Single();
        Assert.Multiple(() =>
        {
            Assert.That(receipt.NotificationRequired, Is.True);
            Assert.That(receipt.Duplicate, Is.False);
            Assert.That(notified.ActReference, Is.EqualTo(cdp.ActReference));
            Assert.That(notified.Landlord, Is.EqualTo(cdp.Landlord), "the DRIHL sees every field");
        });
        Assert.That((await Hub.DossierAsync(dossier)).Stage, Is.EqualTo(ProcedureStage.CommandementDePayer));
    }

    [Test]
    public async Task Should_send_the_household_an_awareness_letter()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);

        var dossier = await OpenDossierWithCdp(cdp);

        var letter = await Partners.WaitFor<SendAwarenessLetter>(PartnerCode.LetterService, l => l.DossierId == dossier);
        Assert.Multiple(() =>
        {
            Assert.That(letter.Addressees, Is.EqualTo(cdp.Household.Tenants));
            Assert.That(letter.CdpDeliveredOn, Is.EqualTo(cdp.DeliveredOn));
        });
    }

    [Test]
    public async Task Should_give_a_resubmitted_act_the_same_dossier_and_route_it_once()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        var first = await OpenDossierWithCdp(cdp);

        var again = await OpenDossierWithCdp(cdp with { MessageId = Guid.NewGuid() });

        await Partners.SettleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(Partners.To<CdpNotificationAccepted>(PartnerCode.Huissiers, r => r.DossierId == first).Select(r => r.Duplicate), Is.EqualTo(new[] { false, true }));
            Assert.That(Partners.To<SubmitCdpNotification>(PartnerCode.Drihl, m => m.ActReference == cdp.ActReference), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_give_one_dossier_to_copies_of_an_act_sent_at_once()
    {
        // Copies that reach the intake's consumers together race to file the act's key with their own dossier:
        // one wins, the others are refused by the store and retried, and find the winner's dossier.
        var cdp = FlowMessages.Cdp(Hub.Today);
        SubmitCdpNotification[] copies = [.. Enumerable.Range(0, 4).Select(_ => cdp with { MessageId = Guid.NewGuid() })];

        await Task.WhenAll(copies.Select(c => Partners.SendAsync(c)));
        var answers = await Task.WhenAll(copies.Select(c => Partners.WaitForAnswer(c.Sender, c.MessageId)));

        await Partners.SettleAsync();
        var receipts = answers.Select(a => a.As<CdpNotificationAccepted>()).ToList();
        var dossier = receipts[0].DossierId;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipts.Select(r => r.DossierId), Is.All.EqualTo(dossier));
            Assert.That(receipts.Count(r => !r.Duplicate), Is.EqualTo(1), "one opened the dossier, the others are duplicates");
            Assert.That(Partners.To<SubmitCdpNotification>(PartnerCode.Drihl, m => m.ActReference == cdp.ActReference), Has.Count.EqualTo(1));
            Assert.That(await Hub.FindDossierKeyAsync($"dossier:{dossier:N}"), Is.EqualTo(dossier));
        }
    }

    [Test]
    public async Task Should_give_another_act_another_dossier()
    {
        var one = await OpenDossierWithCdp();
        var two = await OpenDossierWithCdp();

        Assert.That(two, Is.Not.EqualTo(one));
    }

    [Test]
    public async Task Should_find_the_dossier_by_the_act_of_a_later_cdp_for_the_same_household()
    {
        var household = FlowMessages.NewHousehold();
        var dossier = await OpenDossierWithCdp(FlowMessages.Cdp(Hub.Today, household));
        var later = FlowMessages.Cdp(Hub.Today, household);
        Assert.That(await OpenDossierWithCdp(later), Is.EqualTo(dossier), "the household is known");

        var judgment = FlowMessages.Stage(ProcedureStage.Judgment, Hub.Today, PartnerCode.Huissiers) with { CdpActReference = later.ActReference };

        Assert.That(await SendAccepted(judgment), Is.EqualTo(dossier));
    }
}
