using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F1 (actions 11, 17): a CDP notification. Routed to the DRIHL; when the law requires the notification,
    /// the household gets the awareness letter (F2) and joins the next CAF listing (F3), whose answer (F4) becomes an obligation.
    /// </summary>
    public void F01CdpNotified(Dossier dossier, Inbound inbound, SubmitCdpNotification cdp)
    {
        if (dossier.CdpActReferences.Contains(cdp.ActReference, StringComparer.OrdinalIgnoreCase))
        {
            ReplyCdp(dossier, inbound, cdp, duplicate: true);
            return;
        }

        if (!Route(dossier, inbound, cdp))
        {
            return;
        }

        dossier.CdpActReference = cdp.ActReference;
        dossier.CdpActReferences.Add(cdp.ActReference);
        dossier.CdpDeliveredOn = cdp.DeliveredOn;
        dossier.Household = cdp.Household;
        dossier.Landlord = cdp.Landlord;
        dossier.NoteBailiffOffice(cdp.BailiffOffice);
        dossier.MonthlyRent = cdp.MonthlyRent;
        dossier.MonthlyCharges = cdp.MonthlyCharges;
        dossier.ArrearsAmount = cdp.ArrearsAmount;
        dossier.HousingBenefit = cdp.HousingBenefit;
        dossier.CafAllocataireNumber = cdp.CafAllocataireNumber;
        dossier.BenefitPaidToLandlord = cdp.BenefitPaidToLandlord;
        dossier.NotificationRequired = CdpNotificationThreshold.RequiresNotification(cdp);
        Advance(dossier, ProcedureStage.CommandementDePayer);

        if (dossier.NotificationRequired)
        {
            F02SendAwarenessLetter(dossier, inbound.MessageId, cdp);
            QueueForCafListing(dossier, inbound.MessageId, cdp);
            var f3 = rules["F3"];
            Expect(dossier, inbound.MessageId, f3.Flow, f3.Answer!, f3.Answer!.From ?? PartnerCode.Caf, Now + _options.CafListingPeriod + f3.Answer.Within);
        }

        ReplyCdp(dossier, inbound, cdp, duplicate: false);
    }

    /// <summary>F2 (action 16): the awareness letter to the household, through the letter service.</summary>
    private void F02SendAwarenessLetter(Dossier dossier, Guid cause, SubmitCdpNotification cdp) =>
        Emit(dossier, cause, new SendAwarenessLetter
        {
            MessageId = DossierOutbox.NewId(cause, "letter"),
            SentAt = Now,
            Sender = PartnerCode.Drihl,
            DossierId = dossier.CorrelationId,
            Addressees = cdp.Household.Tenants,
            Address = cdp.Household.Address,
            Template = _options.AwarenessLetterTemplate,
            CdpDeliveredOn = cdp.DeliveredOn,
        });

    private void ReplyCdp(Dossier dossier, Inbound inbound, SubmitCdpNotification cdp, bool duplicate, string purpose = "accepted") =>
        DossierOutbox.Reply(dossier, inbound, cdp.Sender, new CdpNotificationAccepted
        {
            MessageId = DossierOutbox.NewId(inbound.MessageId, purpose),
            SentAt = Now,
            InReplyTo = cdp.MessageId,
            ActReference = cdp.ActReference,
            DossierId = dossier.CorrelationId,
            NotificationRequired = dossier.NotificationRequired,
            Duplicate = duplicate,
        }, purpose);
}
