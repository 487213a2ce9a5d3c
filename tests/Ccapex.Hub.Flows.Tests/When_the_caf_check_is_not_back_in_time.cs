namespace Ccapex.Hub.Flows.Tests;

/// <summary>F3 then F5 (actions 11, 17): a CDP whose CAF rights check is not back by its deadline is a case for targeted intervention.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_caf_check_is_not_back_in_time(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_ask_the_departement_for_a_targeted_intervention()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);

        await Hub.AdvanceAsync(TimeSpan.FromDays(32));

        var request = await Partners.WaitFor<RequestTargetedIntervention>(PartnerCode.Departement, r => r.DossierId == dossier);
        Assert.That(request.Reason, Is.EqualTo(InterventionReason.CafCheckOverdue));
    }
}
