using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// Any other partner: shows what it receives, and answers a six-month follow-up (F14) ten days (hub time) later,
/// the Département over HTTP, the others over AMQP. For the CAF, when the demo plays it, it also answers each
/// household of a listing (F4).
/// </summary>
internal sealed class PartnerDesk(DemoContext demo, PartnerCode partner, PartnerMember? member = null)
{
    private static readonly TimeSpan ToAnswer = TimeSpan.FromDays(10);
    private static readonly FollowUpSituation[] Situations =
        [FollowUpSituation.RepaymentPlanRespected, FollowUpSituation.DebtCleared, FollowUpSituation.ProcedureOngoing, FollowUpSituation.Rehoused];

    public PartnerCode Partner => partner;

    public async Task HandleAsync(Delivery delivery)
    {
        demo.Feed.Received(delivery.Flow, partner.Value, DemoContext.Describe(delivery.Message), delivery.DossierId, delivery.Via);

        // A social landlord hears only of its own tenants (ADR 0014): the demo knows each dossier's landlord from its CDP.
        if (member is { LandlordSirens.Count: > 0 } && delivery.DossierId is { } id && demo.Labels.Cdp(id) is { } cdp && !member.Lets(cdp.Landlord))
        {
            demo.Feed.Note($"CONFINEMENT FAILED: {partner} received {delivery.Message.GetType().Name} about a tenant of {cdp.Landlord.Name}.");
        }
        switch (delivery.Message)
        {
            case RequestSixMonthFollowUp followUp:
                demo.Agenda.After(ToAnswer, token => demo.SendAsync(new SixMonthStatusReported
                {
                    MessageId = Guid.NewGuid(),
                    SentAt = demo.Clock.GetUtcNow(),
                    Sender = partner,
                    DossierId = followUp.DossierId,
                    FollowUpId = followUp.FollowUpId,
                    Situation = Situations[Math.Abs(followUp.FollowUpId.GetHashCode()) % Situations.Length],
                }, "F14", PartnerCode.Drihl.Value, followUp.DossierId, token));
                break;
            case CheckHousingBenefitRights listing when partner == PartnerCode.Caf:
                await AnswerListingAsync(listing);
                break;
        }
    }

    private async Task AnswerListingAsync(CheckHousingBenefitRights listing)
    {
        foreach (var line in listing.Households)
        {
            var critical = line.ArrearsAmount > line.MonthlyRent * 6m;
            await demo.SendAsync(new HousingBenefitRightsChecked
            {
                MessageId = Guid.NewGuid(),
                SentAt = demo.Clock.GetUtcNow(),
                Sender = PartnerCode.Caf,
                DossierId = line.DossierId,
                ListingId = listing.ListingId,
                Status = line.CafAllocataireNumber is null ? BenefitRightsStatus.UnknownToCaf : BenefitRightsStatus.AlreadyOpen,
                IsCritical = critical,
                CriticalReasons = critical ? ["Arriéré supérieur à six mois de loyer."] : [],
            }, "F4", PartnerCode.Drihl.Value, line.DossierId, CancellationToken.None, preferHttp: false);
        }
    }
}
