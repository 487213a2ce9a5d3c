using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>Every rejection rule: a refusal names its rule and changes nothing.</summary>
public sealed class When_a_partner_sends_what_its_role_does_not_allow : RoutingSpec
{
    [Test]
    public async Task Should_refuse_a_flow_from_a_sender_the_rule_does_not_name()
    {
        await Hub.SubmitAsync(Fresh.Assignation(new DateOnly(2025, 3, 3), new DateOnly(2025, 5, 20)) with { Sender = PartnerCode.Bdf });

        var rejection = Hub.IntakeRejections().Single();
        Assert.Multiple(() =>
        {
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.SenderNotAllowed));
            Assert.That(rejection.Rule, Is.EqualTo("F6"));
            Assert.That(Hub.Dossiers(), Is.Empty);
            Assert.That(Hub.Deliveries, Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_a_cdp_from_anyone_but_the_bailiffs_with_a_field_error()
    {
        await Hub.SubmitAsync(Fresh.Cdp() with { Sender = PartnerCode.Caf });

        var rejection = Hub.IntakeRejections().Single();
        Assert.Multiple(() =>
        {
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.ValidationFailed));
            Assert.That(rejection.Errors.Select(e => e.Field), Does.Contain("sender"));
            Assert.That(Hub.Dossiers(), Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_a_flow_only_the_hub_emits()
    {
        await Hub.SubmitAsync(SampleMessages.RequestSixMonthFollowUp() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Caf });

        Assert.That(Hub.IntakeRejections().Single().Code, Is.EqualTo(RejectionCodes.HubOnly));
    }

    [Test]
    public async Task Should_refuse_a_message_naming_an_unknown_dossier()
    {
        await Hub.SubmitAsync(Fresh.RightsChecked(Guid.NewGuid(), critical: true));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections().Single().Code, Is.EqualTo(RejectionCodes.DossierUnknown));
            Assert.That(Hub.Deliveries, Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_a_stage_that_matches_no_dossier()
    {
        await Hub.SubmitAsync(Fresh.Stage(Guid.Empty, ProcedureStage.Judgment, new DateOnly(2025, 5, 20)) with { DossierId = null, CdpActReference = "UNKNOWN-1" });

        Assert.That(Hub.IntakeRejections().Single().Code, Is.EqualTo(RejectionCodes.DossierNotFound));
    }

    [Test]
    public async Task Should_refuse_a_six_month_status_nobody_asked_for()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Status(id, Guid.NewGuid(), PartnerCode.Caf));

        var rejection = Hub.To<MessageRejected>(PartnerCode.Caf).Single();
        Assert.Multiple(() =>
        {
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.NotExpected));
            Assert.That(Hub.To<SixMonthStatusReported>(PartnerCode.Drihl), Is.Empty);
            Assert.That(Hub.Dossier(id).Timeline, Has.Count.EqualTo(2), "the CDP and its letter only");
        });
    }
}
