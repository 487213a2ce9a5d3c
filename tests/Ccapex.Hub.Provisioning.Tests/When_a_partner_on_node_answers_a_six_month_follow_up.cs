using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// A client not written in .NET (clients/node, amqplib) with its own broker account: as the bailiffs it submits a
/// CDP as bare JSON and gets the receipt; six months after the CCAPEX examined the dossier, as the CAF, it gets
/// the follow-up request (F13), answers it (F14) and gets the receipt.
/// </summary>
public sealed class When_a_partner_on_node_answers_a_six_month_follow_up : PartnerHubFixture
{
    [Test]
    public async Task Should_submit_a_cdp_then_answer_the_follow_up_request_and_get_each_receipt()
    {
        var today = DateOnly.FromDateTime(Hub.Clock.GetUtcNow().UtcDateTime);
        var cdp = SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid(), DeliveredOn = today.AddDays(-1) };
        var (receiptType, receipt, _) = await NodePartner.RunAsync(
            Hub.Broker.PartnerUri(PartnerCode.Huissiers), PartnerCode.Huissiers, ["submit", nameof(SubmitCdpNotification)], NodePartner.Json(cdp));
        Assert.That(receiptType, Is.EqualTo(nameof(CdpNotificationAccepted)), () => receipt.ToJsonString());
        var dossier = receipt["dossierId"]!.GetValue<Guid>();

        // The DRIHL (here a .NET client with its own account) reports the CCAPEX's examination: the CAF is an addressee.
        var drihl = await Hub.PartnerAsync(PartnerCode.Drihl);
        var examination = SampleMessages.CcapexExaminationConcluded() with { MessageId = Guid.NewGuid(), DossierId = dossier, ExaminedOn = today };
        Assert.That(await drihl.PublishAsync(examination), Is.Null);
        Assert.That((await drihl.AnswerAsync(examination.MessageId)).Type, Is.EqualTo(nameof(MessageAccepted)));

        var due = new DateTimeOffset(today.AddMonths(6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await Hub.AdvanceAsync(due - Hub.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        var (answerType, answer, lines) = await NodePartner.RunAsync(
            Hub.Broker.PartnerUri(PartnerCode.Caf), PartnerCode.Caf, ["answer", dossier.ToString()]);

        var followed = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(answerType, Is.EqualTo(nameof(MessageAccepted)), () => answer.ToJsonString());
            Assert.That(answer["dossierId"]!.GetValue<Guid>(), Is.EqualTo(dossier));
            Assert.That(lines, Has.Some.StartsWith("asked: ").And.Some.Contains(dossier.ToString()));
            Assert.That(followed!.Obligations.Where(o => o.Partner == PartnerCode.Caf && o.FollowUpId is not null).Select(o => o.Status),
                Is.EqualTo(new[] { ObligationStatus.Answered }));
        });
    }
}
