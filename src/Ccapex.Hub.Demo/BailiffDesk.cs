using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// The bailiffs' chamber's office software: a CDP form every few seconds, alternately over HTTP and AMQP; seven
/// weeks (hub time) after a CDP with real arrears, the assignation (F6), and later the judgment (F15). A social
/// landlord's tenant is first referred to the CCAPEX by the landlord itself (F18), and assigned ten weeks later, as
/// the law has a landlord that is a legal person do (art. 24 II: two months after the referral).
/// </summary>
internal sealed class BailiffDesk(DemoContext demo, CdpGenerator generator, PrefectureDesk prefecture, IReadOnlyList<PartnerMember> landlords)
{
    private static readonly TimeSpan ToAssignation = TimeSpan.FromDays(49);
    private static readonly TimeSpan ToAssignationAfterReferral = TimeSpan.FromDays(70);
    private static readonly TimeSpan ToJudgment = TimeSpan.FromDays(110);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> _followed = new();
    private int _sent;

    public int Sent => _sent;

    public async Task SubmitNextAsync(CancellationToken cancellationToken)
    {
        var cdp = generator.Next();
        demo.Labels.Submitted(cdp);
        var viaHttp = Interlocked.Increment(ref _sent) % 2 == 1;
        var dossier = await demo.SendAsync(cdp, "F1", PartnerCode.Drihl.Value, null, cancellationToken, preferHttp: viaHttp);
        if (dossier is { } id)
        {
            Opened(cdp, id);
        }
    }

    /// <summary>The hub's receipts on the bailiffs' queue (for the CDPs sent over AMQP, and any late one).</summary>
    public Task HandleAsync(Delivery delivery)
    {
        if (delivery.Message is CdpNotificationAccepted receipt && demo.Labels.Opened(receipt.ActReference, receipt.DossierId) is { } cdp)
        {
            demo.Feed.Received(null, PartnerCode.Huissiers.Value, DemoContext.Describe(receipt), receipt.DossierId);
            Opened(cdp, receipt.DossierId);
        }
        else if (delivery.Message is MessageRejected)
        {
            demo.Feed.Received(null, PartnerCode.Huissiers.Value, DemoContext.Describe(delivery.Message), delivery.DossierId);
        }

        return Task.CompletedTask;
    }

    private void Opened(SubmitCdpNotification cdp, Guid dossier)
    {
        // A receipt can come twice (at least once delivery): follow each dossier once.
        if (demo.Labels.Opened(cdp.ActReference, dossier) is null || cdp.ArrearsMonths < 2 || !_followed.TryAdd(dossier, true))
        {
            return;
        }

        prefecture.Follow(cdp, dossier);

        var landlord = landlords.FirstOrDefault(m => m.Lets(cdp.Landlord));
        if (landlord is not null)
        {
            demo.Agenda.After(TimeSpan.Zero, token => demo.SendAsync(new SubmitLandlordReferral
            {
                MessageId = Guid.NewGuid(),
                SentAt = demo.Clock.GetUtcNow(),
                Sender = landlord.Code,
                DossierId = dossier,
                Household = cdp.Household,
                Landlord = cdp.Landlord,
                ReferredOn = demo.Today,
                ArrearsAmount = cdp.ArrearsAmount,
                CdpActReference = cdp.ActReference,
            }, "F18", PartnerCode.Drihl.Value, dossier, token, preferHttp: false));
        }

        demo.Agenda.After(landlord is null ? ToAssignation : ToAssignationAfterReferral, token => demo.SendAsync(new NotifyAssignation
        {
            MessageId = Guid.NewGuid(),
            SentAt = demo.Clock.GetUtcNow(),
            Sender = PartnerCode.Huissiers,
            DossierId = dossier,
            ActReference = $"ASS-{cdp.ActReference[4..]}",
            CdpActReference = cdp.ActReference,
            BailiffOffice = cdp.BailiffOffice,
            Ground = EvictionGround.RentArrears,
            ServedOn = demo.Today,
            HearingDate = demo.Today.AddDays(60),
            Court = "Tribunal judiciaire de Paris, pôle de proximité",
            Landlord = cdp.Landlord,
            Household = cdp.Household,
            ArrearsAmount = cdp.ArrearsAmount,
        }, "F6", "DRIHL, DEPARTEMENT", dossier, token));
        demo.Agenda.After(ToJudgment, token => demo.SendAsync(new ProcedureStageReached
        {
            MessageId = Guid.NewGuid(),
            SentAt = demo.Clock.GetUtcNow(),
            Sender = PartnerCode.Huissiers,
            DossierId = dossier,
            CdpActReference = cdp.ActReference,
            Stage = ProcedureStage.Judgment,
            OccurredOn = demo.Today,
            PaymentDelaysGranted = cdp.ArrearsMonths < 5,
        }, "F15", PartnerCode.Drihl.Value, dossier, token, preferHttp: false));
    }
}
