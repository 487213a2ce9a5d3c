using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Timeouts;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F11 (actions 18-20, 10): the CCAPEX examined the dossier. Each addressee gets the outcome with only its
    /// own recommendations (Action logement for employees); the six-month follow-up (F13) is scheduled durably.
    /// </summary>
    public void F11ExaminationConcluded(Dossier dossier, Inbound inbound, CcapexExaminationConcluded examination)
    {
        if (!Reachable(dossier, inbound, examination))
        {
            return;
        }

        // A recommendation to a role whose organisations connect one by one goes to the dossier's own members of it
        // (ADR 0014): the social landlord of this household, never every social landlord.
        var recommendations = new List<Recommendation>();
        foreach (var recommendation in examination.Recommendations)
        {
            var addressees = DossierMembers.Resolve(rules, dossier, recommendation.Addressee);
            if (addressees.Count == 0 || addressees.Any(a => !rules.IsIdentity(a)))
            {
                Reject(dossier, inbound, examination, RejectionCodes.AddresseeUnknown, addressees.Count == 0
                    ? $"A recommendation is addressed to {recommendation.Addressee}, but none of its organisations ({string.Join(", ", rules.MembersOf(recommendation.Addressee).Select(m => m.Code))}) is known on this dossier: address one by its code."
                    : $"A recommendation is addressed to {recommendation.Addressee}, which is no partner of the charter rules.", "F11");
                return;
            }

            recommendations.AddRange(addressees.Select(a => recommendation with { Addressee = a }));
        }

        var previous = dossier.Recommendations;
        dossier.Recommendations = recommendations;
        if (!Route(dossier, inbound, examination with { Recommendations = recommendations }))
        {
            dossier.Recommendations = previous;
            return;
        }

        dossier.ExaminedOn = examination.ExaminedOn;
        dossier.Examinations.Add(new ExaminationRecord
        {
            ExaminedOn = examination.ExaminedOn,
            SessionReference = examination.SessionReference,
            Outcome = examination.Outcome,
            Addressees = [.. recommendations.Select(r => r.Addressee).Distinct()],
            MessageId = examination.MessageId,
        });

        // A new examination restarts the six-month clock: the earlier follow-up timeout is cancelled.
        dossier.PendingCancellations.Add(FollowUpKey(dossier));
        var dueAt = new DateTimeOffset(examination.ExaminedOn.AddMonths(_options.FollowUpAfterMonths).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        DossierOutbox.Internal(
            dossier,
            inbound.MessageId,
            "follow-up-due",
            BrokerNames.DossierQueue,
            new FollowUpDue { DossierId = dossier.CorrelationId, ExaminedOn = examination.ExaminedOn },
            dueAt,
            FollowUpKey(dossier));
        Accept(dossier, inbound, examination);
    }

    private static string FollowUpKey(Dossier dossier) => $"follow-up:{dossier.CorrelationId:N}";
}
