using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// F18 on the real broker (law of 6 July 1989, art. 24 II): a social landlord's referral reaches the DRIHL and opens
/// the household's dossier; its assignation for arrears a month later is lawful only two months after, and the DRIHL
/// is alerted.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_company_landlord_refers_before_assigning(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_route_the_referral_and_alert_on_an_assignation_inside_its_two_months()
    {
        var household = FlowMessages.NewHousehold();
        var referral = SampleMessages.SubmitLandlordReferral() with
        {
            MessageId = Guid.NewGuid(),
            SentAt = DateTimeOffset.UtcNow,
            Household = household,
            ReferredOn = Hub.Today.AddMonths(-1),
            CdpActReference = null,
        };

        var dossier = await SendAccepted(referral);
        var routed = await Partners.WaitFor<SubmitLandlordReferral>(PartnerCode.Drihl, r => r.MessageId == referral.MessageId);
        var assignation = FlowMessages.Assignation(Hub.Today, null, household) with { Landlord = SampleMessages.SocialLandlord() };
        Assert.That(await SendAccepted(assignation), Is.EqualTo(dossier));

        var alert = await Partners.WaitFor<ProcedureAlertRaised>(PartnerCode.Drihl, a => a.DossierId == dossier && a.Code == ProcedureAlertCodes.AssignationBeforeLandlordReferral);
        Assert.Multiple(() =>
        {
            Assert.That(routed.ReferredOn, Is.EqualTo(referral.ReferredOn));
            Assert.That(alert.Description, Does.Contain(referral.ReferredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }
}
