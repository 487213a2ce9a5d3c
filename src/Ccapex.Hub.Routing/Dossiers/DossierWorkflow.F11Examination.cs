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
        dossier.Recommendations = [.. examination.Recommendations];
        if (!Route(dossier, inbound, examination))
        {
            return;
        }

        dossier.ExaminedOn = examination.ExaminedOn;

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
