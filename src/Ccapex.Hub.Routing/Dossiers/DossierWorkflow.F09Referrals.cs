using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>F9 (action 22): the COMED refers a household to the CCAPEX.</summary>
    public void F09ComedReferral(Dossier dossier, Inbound inbound, SubmitComedReferral referral)
    {
        if (Route(dossier, inbound, referral))
        {
            dossier.Household ??= referral.Household;
            Refer(dossier, "F9", referral.Sender, referral.MessageId, []);
            if (referral.DaloRecognisedOn is { } recognised)
            {
                // A CFP already requested has its decision expected when its silence would become a refusal.
                F08ReviewRehousingBlockers(dossier, inbound.MessageId, recognised,
                    dossier.CfpRequestedOn is { } requested && dossier.CfpGranted is null ? LegalDelays.LastDayOfMonths(requested, _options.CfpSilenceMonths) : null);
            }

            Accept(dossier, inbound, referral);
        }
    }

    /// <summary>F10 (actions 14, 17): a social landlord or an association refers a complex situation.</summary>
    public void F10ComplexSituationReferral(Dossier dossier, Inbound inbound, SubmitComplexSituationReferral referral)
    {
        if (Route(dossier, inbound, referral))
        {
            dossier.Household ??= referral.Household;
            dossier.Landlord ??= referral.Landlord;
            Refer(dossier, "F10", referral.Sender, referral.MessageId, [.. referral.Situations.Select(s => s.ToString())]);
            Accept(dossier, inbound, referral);
        }
    }

    /// <summary>
    /// F18 (actions 9, 14; law of 6 July 1989, art. 24 II): a landlord that is a legal person refers the household to
    /// the CCAPEX, which it must do two months before it assigns for arrears. The earliest referral is the one the
    /// assignation (F6) is checked against; the household awaits an examination like any referral.
    /// </summary>
    public void F18LandlordReferral(Dossier dossier, Inbound inbound, SubmitLandlordReferral referral)
    {
        if (Route(dossier, inbound, referral))
        {
            dossier.Household ??= referral.Household;
            dossier.Landlord ??= referral.Landlord;
            dossier.ArrearsAmount ??= referral.ArrearsAmount;
            if (dossier.LandlordReferredOn is not { } earlier || referral.ReferredOn < earlier)
            {
                dossier.LandlordReferredOn = referral.ReferredOn;
            }

            Refer(dossier, "F18", referral.Sender, referral.MessageId, ["ArrearsBeforeAssignation"]);
            Accept(dossier, inbound, referral);
        }
    }

    /// <summary>Records a request for examination once per message: a redelivery finds it already there.</summary>
    private void Refer(Dossier dossier, string flow, PartnerCode by, Guid messageId, IReadOnlyList<string> reasons)
    {
        if (dossier.Referrals.All(r => r.MessageId != messageId))
        {
            dossier.Referrals.Add(new ExaminationReferral { At = Now, Flow = flow, By = by, MessageId = messageId, Reasons = reasons });
        }
    }

    /// <summary>F12 (action 21): the Banque de France reports on the household's overindebtedness file.</summary>
    public void F12OverindebtednessReported(Dossier dossier, Inbound inbound, OverindebtednessStatusReported report)
    {
        if (Route(dossier, inbound, report))
        {
            dossier.Overindebtedness.Add(new OverindebtednessRecord { Status = report.Status, StatusOn = report.StatusOn, ReportedAt = Now });
            Accept(dossier, inbound, report);
        }
    }
}
