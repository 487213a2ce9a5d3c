using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// The Préfecture de Police, when the demo plays it: for one dossier in <see cref="DemoOptions.PrefectureOneIn"/>, the
/// order to leave (CQL, F15), then a DALO household at risk of police assistance (F7), then the CFP request (F15).
/// </summary>
internal sealed class PrefectureDesk(DemoContext demo)
{
    private static readonly TimeSpan ToCql = TimeSpan.FromDays(130);
    private static readonly TimeSpan ToDaloAlert = TimeSpan.FromDays(140);
    private static readonly TimeSpan ToCfpRequest = TimeSpan.FromDays(195);
    private int _dossiers;

    public void Follow(SubmitCdpNotification cdp, Guid dossier)
    {
        if (!demo.Options.SimulatePrefecture || Interlocked.Increment(ref _dossiers) % demo.Options.PrefectureOneIn != 0)
        {
            return;
        }

        demo.Agenda.After(ToCql, token => demo.SendAsync(Stage(dossier, cdp, ProcedureStage.CommandementDeQuitterLesLieux), "F15", PartnerCode.Drihl.Value, dossier, token));
        demo.Agenda.After(ToDaloAlert, token => demo.SendAsync(new ReportDaloCfpRisk
        {
            MessageId = Guid.NewGuid(),
            SentAt = demo.Clock.GetUtcNow(),
            Sender = PartnerCode.PrefecturePolice,
            DossierId = dossier,
            Household = cdp.Household,
            DaloRecognisedOn = demo.Today.AddDays(-200),
            DaloDecisionReference = $"DALO-75-{dossier.ToString()[..6]}",
            CfpRequestedOn = demo.Today,
            DecisionExpectedBy = demo.Today.AddMonths(2),
            CdpActReference = cdp.ActReference,
        }, "F7", PartnerCode.Drihl.Value, dossier, token));
        demo.Agenda.After(ToCfpRequest, token => demo.SendAsync(Stage(dossier, cdp, ProcedureStage.CfpRequested), "F15", PartnerCode.Drihl.Value, dossier, token));
    }

    private ProcedureStageReached Stage(Guid dossier, SubmitCdpNotification cdp, ProcedureStage stage) => new()
    {
        MessageId = Guid.NewGuid(),
        SentAt = demo.Clock.GetUtcNow(),
        Sender = PartnerCode.PrefecturePolice,
        DossierId = dossier,
        CdpActReference = cdp.ActReference,
        Stage = stage,
        OccurredOn = demo.Today,
    };
}
