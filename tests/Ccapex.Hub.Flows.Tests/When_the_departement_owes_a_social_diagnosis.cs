using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>F6 then F16 (action 9): every assignation expects the Département's social diagnosis before the hearing, chased when late.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_departement_owes_a_social_diagnosis(StoreProvider provider) : FlowFixture(provider)
{
    private NotifyAssignation Assignation() => FlowMessages.Assignation(Hub.Today, null, FlowMessages.NewHousehold()) with
    {
        Ground = EvictionGround.Nuisance,
        HearingDate = Hub.Today.AddDays(60),
    };

    [Test]
    public async Task Should_route_the_diagnosis_to_the_drihl_and_close_what_was_expected()
    {
        var dossier = await SendAccepted(Assignation());
        var diagnosis = SampleMessages.SocialDiagnosisReported() with { MessageId = Guid.NewGuid(), DossierId = dossier };

        Assert.That(await SendAccepted(diagnosis), Is.EqualTo(dossier));

        await Partners.WaitFor<SocialDiagnosisReported>(PartnerCode.Drihl, d => d.MessageId == diagnosis.MessageId);
        Assert.That((await Hub.DossierAsync(dossier)).Obligations.Single(o => o.Flow == "F6").Status, Is.EqualTo(ObligationStatus.Answered));
    }

    [Test]
    public async Task Should_remind_the_departement_when_the_diagnosis_is_late()
    {
        var dossier = await SendAccepted(Assignation());

        await Hub.AdvanceAsync(TimeSpan.FromDays(21));

        var reminder = await Partners.WaitFor<RemindOverdueAnswer>(PartnerCode.Departement, r => r.DossierId == dossier);
        Assert.Multiple(() =>
        {
            Assert.That(reminder.Flow, Is.EqualTo("F6"));
            Assert.That(reminder.ExpectedMessage, Is.EqualTo(nameof(SocialDiagnosisReported)));
        });
    }
}
