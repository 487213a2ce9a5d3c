namespace Ccapex.Hub.Flows.Tests;

/// <summary>F7 then F8 (action 19): a DALO household must be rehoused before the CFP is used.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_prefecture_reports_a_dalo_household_at_risk(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_inform_the_drihl_and_ask_the_departement_and_the_caf_to_review_blockers()
    {
        var risk = FlowMessages.DaloRisk(Hub.Today, FlowMessages.NewHousehold());

        var dossier = await SendAccepted(risk);

        await Partners.WaitFor<ReportDaloCfpRisk>(PartnerCode.Drihl, r => r.MessageId == risk.MessageId);
        var toDepartement = await Partners.WaitFor<ReviewDaloRehousingBlockers>(PartnerCode.Departement, r => r.DossierId == dossier);
        var toCaf = await Partners.WaitFor<ReviewDaloRehousingBlockers>(PartnerCode.Caf, r => r.DossierId == dossier);
        var saved = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(toDepartement.DecisionExpectedBy, Is.EqualTo(risk.DecisionExpectedBy));
            Assert.That(toCaf.Household.Tenants, Is.EqualTo(risk.Household.Tenants));
            Assert.That(saved.DaloPriority, Is.True);
            Assert.That(saved.OpenedBy, Is.EqualTo("F7"));
        });
    }
}
