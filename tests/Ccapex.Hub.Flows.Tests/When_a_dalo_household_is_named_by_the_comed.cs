using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>F9 then F8 and F17 (actions 19, 22): a COMED referral naming a DALO priority starts the blockers review; each reviewer owes an answer.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_dalo_household_is_named_by_the_comed(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_review_the_blockers_and_chase_who_did_not_answer()
    {
        var referral = FlowMessages.ComedReferral(FlowMessages.NewHousehold(), daloRecognisedOn: Hub.Today.AddDays(-30));
        var dossier = await SendAccepted(referral);
        var toCaf = await Partners.WaitFor<ReviewDaloRehousingBlockers>(PartnerCode.Caf, r => r.DossierId == dossier);
        await Partners.WaitFor<ReviewDaloRehousingBlockers>(PartnerCode.Departement, r => r.DossierId == dossier);

        var answer = SampleMessages.DaloBlockersReviewed() with { MessageId = Guid.NewGuid(), DossierId = dossier, Sender = PartnerCode.Caf };
        await SendAccepted(answer);
        await Partners.WaitFor<DaloBlockersReviewed>(PartnerCode.Drihl, r => r.MessageId == answer.MessageId);
        await Hub.AdvanceAsync(Validation.ParisTime.StartOf(toCaf.AnswerDueBy.AddDays(1)) - Hub.Clock.GetUtcNow());

        var reminder = await Partners.WaitFor<RemindOverdueAnswer>(PartnerCode.Departement, r => r.DossierId == dossier && r.Flow == "F8");
        var saved = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(saved.DaloPriority, Is.True);
            Assert.That(reminder.ExpectedMessage, Is.EqualTo(nameof(DaloBlockersReviewed)));
            Assert.That(saved.Obligations.Single(o => o.Flow == "F8" && o.Partner == PartnerCode.Caf).Status, Is.EqualTo(ObligationStatus.Answered));
            Assert.That(Partners.To<RemindOverdueAnswer>(PartnerCode.Caf, r => r.DossierId == dossier), Is.Empty);
        });
    }
}
