using Ccapex.Hub.Routing;
using Ccapex.Hub.Routing.Intake;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>One refusal per rule: the sender gets it on its own queue, and nothing else happens (no dossier, no delivery).</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_partner_sends_what_its_role_does_not_allow(StoreProvider provider) : FlowFixture(provider)
{
    /// <summary>Sends, waits for the refusal, and checks it was the only thing any partner received.</summary>
    private async Task<MessageRejected> Refused(IPartnerMessage message)
    {
        await Partners.SettleAsync();
        var before = Partners.Received.Count;

        var rejection = await SendRejected(message);

        await Partners.SettleAsync();
        Assert.That(Partners.Received.Skip(before).Select(d => d.ToString()).ToList(), Has.Count.EqualTo(1), "the refusal, and nothing else");
        return rejection;
    }

    /// <summary>No dossier under any of the message's keys, nor under the id it would have opened.</summary>
    private async Task ShouldHaveOpenedNoDossier(IPartnerMessage message)
    {
        var (named, keys) = DossierMatchKeys.For(message);
        foreach (var key in keys)
        {
            Assert.That(await Hub.FindDossierKeyAsync(key), Is.Null, key);
        }

        Assert.That(await Hub.FindDossierAsync(named ?? DeterministicGuid.Create(MessageScope.Of(message.MessageId, message.Sender), "dossier")), Is.Null);
    }

    [Test]
    public async Task Should_refuse_a_message_with_invalid_fields()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        cdp = cdp with { Household = cdp.Household with { Address = cdp.Household.Address with { PostalCode = "7501" } } };

        var rejection = await Refused(cdp);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.ValidationFailed));
            Assert.That(rejection.Errors.Select(e => e.Field), Is.EqualTo(new[] { "household.address.postalCode" }));
        });
        await ShouldHaveOpenedNoDossier(cdp);
    }

    [Test]
    public async Task Should_refuse_a_flow_from_a_sender_its_rule_does_not_name()
    {
        var assignation = FlowMessages.Assignation(Hub.Today, FlowMessages.NewActReference(), FlowMessages.NewHousehold()) with { Sender = PartnerCode.Bdf };

        var rejection = await Refused(assignation);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.SenderNotAllowed));
            Assert.That(rejection.Rule, Is.EqualTo("F6"));
        });
        await ShouldHaveOpenedNoDossier(assignation);
    }

    [Test]
    public async Task Should_refuse_a_flow_only_the_hub_emits()
    {
        var request = Testing.SampleMessages.RequestSixMonthFollowUp() with { MessageId = Guid.NewGuid(), DossierId = Guid.NewGuid(), Sender = PartnerCode.Caf };

        var rejection = await Refused(request);

        Assert.Multiple(() =>
        {
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.HubOnly));
            Assert.That(rejection.Rule, Is.EqualTo("F13"));
        });
        Assert.That(await Hub.FindDossierAsync(request.DossierId), Is.Null);
    }

    [Test]
    public async Task Should_refuse_a_message_naming_an_unknown_dossier()
    {
        var check = FlowMessages.RightsChecked(Guid.NewGuid(), Guid.NewGuid(), critical: true);

        Assert.That((await Refused(check)).Code, Is.EqualTo(RejectionCodes.DossierUnknown));
        await ShouldHaveOpenedNoDossier(check);
    }

    [Test]
    public async Task Should_refuse_a_stage_that_matches_no_dossier()
    {
        var stage = FlowMessages.Stage(ProcedureStage.Judgment, Hub.Today, PartnerCode.Huissiers) with { CdpActReference = FlowMessages.NewActReference() };

        Assert.That((await Refused(stage)).Code, Is.EqualTo(RejectionCodes.DossierNotFound));
        await ShouldHaveOpenedNoDossier(stage);
    }

    [Test]
    public async Task Should_refuse_a_six_month_status_nobody_asked_for_and_leave_the_dossier_as_it_was()
    {
        var dossier = await SendAccepted(FlowMessages.ComedReferral(FlowMessages.NewHousehold()));
        var before = await Hub.DossierAsync(dossier);

        var rejection = await Refused(FlowMessages.Status(dossier, Guid.NewGuid(), PartnerCode.Caf));

        var after = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            // The CAF is not involved in this dossier: it is answered as if there were none (issue 10).
            Assert.That(rejection.Code, Is.EqualTo(RejectionCodes.DossierUnknown));
            Assert.That(rejection.Rule, Is.EqualTo("F14"));
            Assert.That(after.CurrentState, Is.EqualTo(before.CurrentState));
            Assert.That(after.Timeline, Has.Count.EqualTo(before.Timeline.Count));
            Assert.That(after.Obligations, Has.Count.EqualTo(before.Obligations.Count));
            Assert.That(after.InvolvedPartners, Is.EqualTo(before.InvolvedPartners), "the CAF is not involved by a refused message");
        });
    }
}
