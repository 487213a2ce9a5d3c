using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F4 (actions 11, 17) and F5: critical cases are referred to the CCAPEX and call for targeted intervention by the Département.</summary>
public sealed class When_the_caf_answers_the_rights_check : RoutingSpec
{
    [Test]
    public async Task Should_route_the_result_to_the_drihl_and_discharge_the_obligation()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<HousingBenefitRightsChecked>(PartnerCode.Drihl), Has.Count.EqualTo(1));
            Assert.That(Hub.Dossier(id).Obligations.Single(o => o.Flow == "F3").Status, Is.EqualTo(Dossiers.ObligationStatus.Answered));
            Assert.That(Hub.To(PartnerCode.Departement), Is.Empty);
            Assert.That(Hub.Dossier(id).Referrals, Is.Empty, "a case the CAF does not call critical is not referred");
        });
    }

    [Test]
    public async Task Should_refer_a_critical_case_to_the_ccapex_with_the_cafs_reasons()
    {
        var id = await OpenDossierWithCdp();
        var check = Fresh.RightsChecked(id, critical: true) with { CriticalReasons = ["arrears.months: 7 months of rent and charges"] };
        await Hub.SubmitAsync(check);
        await Hub.SubmitAsync(check);

        var referral = Hub.Dossier(id).Referrals.Single();
        Assert.Multiple(() =>
        {
            Assert.That((referral.Flow, referral.By, referral.MessageId), Is.EqualTo(("F4", PartnerCode.Caf, check.MessageId)));
            Assert.That(referral.Reasons, Is.EqualTo(check.CriticalReasons));
        });
    }

    [Test]
    public async Task Should_ask_the_departement_to_intervene_in_a_critical_case()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: true));

        var request = Hub.To<RequestTargetedIntervention>(PartnerCode.Departement).Single();
        Assert.That(request.Reason, Is.EqualTo(InterventionReason.CafCriticalCase));
    }

    [Test]
    public async Task Should_ask_for_intervention_when_the_debt_passes_the_drihl_threshold()
    {
        var id = await OpenDossierWithCdp(Fresh.Cdp() with { ArrearsAmount = new(4200m) });
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        Assert.That(Hub.To<RequestTargetedIntervention>(PartnerCode.Departement).Single().Reason, Is.EqualTo(InterventionReason.DrihlCriteria));
    }
}
