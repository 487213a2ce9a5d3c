using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>F3 then F4 (actions 11, 17) and F5: the CAF answers the listing; a critical case goes to the Département.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_caf_answers_the_rights_check(StoreProvider provider) : FlowFixture(provider)
{
    /// <summary>F1, then the day's listing (F3) reaches the CAF; returns the dossier and the listing it is on.</summary>
    private async Task<(Guid Dossier, Guid Listing)> ListHousehold()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);
        await Hub.AdvanceAsync(TimeSpan.FromDays(1));
        var listing = await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier));
        return (dossier, listing.ListingId);
    }

    [Test]
    public async Task Should_ask_the_departement_to_intervene_in_a_critical_case()
    {
        var (dossier, listing) = await ListHousehold();
        var check = FlowMessages.RightsChecked(dossier, listing, critical: true);

        await SendAccepted(check);

        var request = await Partners.WaitFor<RequestTargetedIntervention>(PartnerCode.Departement, r => r.DossierId == dossier);
        Assert.Multiple(() =>
        {
            Assert.That(Partners.To<HousingBenefitRightsChecked>(PartnerCode.Drihl, c => c.MessageId == check.MessageId), Has.Count.EqualTo(1));
            Assert.That(request.Reason, Is.EqualTo(InterventionReason.CafCriticalCase));
            Assert.That(request.Comment, Does.Contain(check.CriticalReasons[0]));
        });
    }

    [Test]
    public async Task Should_route_a_case_that_is_not_critical_to_the_drihl_alone()
    {
        var (dossier, listing) = await ListHousehold();
        var check = FlowMessages.RightsChecked(dossier, listing, critical: false);

        await SendAccepted(check);

        await Partners.WaitFor<HousingBenefitRightsChecked>(PartnerCode.Drihl, c => c.MessageId == check.MessageId);
        await Partners.SettleAsync();
        Assert.That(Partners.To<RequestTargetedIntervention>(PartnerCode.Departement, r => r.DossierId == dossier), Is.Empty);
    }

    [Test]
    public async Task Should_send_the_caf_no_reminder_once_it_has_answered()
    {
        var (dossier, listing) = await ListHousehold();
        await SendAccepted(FlowMessages.RightsChecked(dossier, listing, critical: false));

        await Hub.AdvanceAsync(TimeSpan.FromDays(90));

        await Partners.SettleAsync();
        var obligation = (await Hub.DossierAsync(dossier)).Obligations.Single(o => o.Flow == "F3");
        Assert.Multiple(() =>
        {
            Assert.That(Partners.To<RemindOverdueAnswer>(PartnerCode.Caf, r => r.DossierId == dossier), Is.Empty);
            Assert.That(obligation.Status, Is.EqualTo(ObligationStatus.Answered));
        });
    }
}
