using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// The Préfecture de Police's own system: for one dossier in <see cref="DemoOptions.PrefectureOneIn"/>, the order to
/// leave (CQL, F15), then a DALO household at risk of police assistance (F7), then the CFP request (F15). Written as
/// event files for the Préfecture's reference worker when it runs (<see cref="DemoOptions.PrefectureEventsFolder"/>),
/// else sent over AMQP by the demo itself.
/// </summary>
internal sealed class PrefectureDesk(DemoContext demo)
{
    private static readonly TimeSpan ToCql = TimeSpan.FromDays(130);
    private static readonly TimeSpan ToDaloAlert = TimeSpan.FromDays(140);
    private static readonly TimeSpan ToCfpRequest = TimeSpan.FromDays(195);
    private int _dossiers;

    public void Follow(SubmitCdpNotification cdp, Guid dossier)
    {
        var folder = demo.Options.PrefectureEventsFolder;
        if ((!demo.Options.SimulatePrefecture && string.IsNullOrWhiteSpace(folder)) || Interlocked.Increment(ref _dossiers) % demo.Options.PrefectureOneIn != 0)
        {
            return;
        }

        demo.Agenda.After(ToCql, token => EmitAsync(Stage(dossier, cdp, ProcedureStage.CommandementDeQuitterLesLieux), "cql", "F15", dossier, token));
        demo.Agenda.After(ToDaloAlert, token => EmitAsync(new ReportDaloCfpRisk
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
        }, "dalo-risk", "F7", dossier, token));
        demo.Agenda.After(ToCfpRequest, token => EmitAsync(Stage(dossier, cdp, ProcedureStage.CfpRequested), "cfp-request", "F15", dossier, token));
    }

    private async Task EmitAsync(IPartnerMessage message, string kind, string flow, Guid dossier, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(demo.Options.PrefectureEventsFolder))
        {
            await demo.SendAsync(message, flow, PartnerCode.Drihl.Value, dossier, cancellationToken);
            return;
        }

        // One event a file, written aside then renamed into incoming/: the worker never reads half a file.
        var line = JsonSerializer.SerializeToNode(message, message.GetType(), ContractJson.Options)!.AsObject();
        foreach (var envelopeOnly in new[] { "messageId", "sentAt", "sender", "stage" })
        {
            line.Remove(envelopeOnly);
        }

        line.Insert(0, "kind", JsonValue.Create(kind));
        var incoming = Path.Combine(demo.Options.PrefectureEventsFolder, "incoming");
        Directory.CreateDirectory(incoming);
        var name = $"demo-{demo.Clock.GetUtcNow():yyyyMMdd}-{message.MessageId:N}";
        var aside = Path.Combine(incoming, $".{name}.tmp");
        await File.WriteAllTextAsync(aside, line.ToJsonString() + "\n", cancellationToken);
        File.Move(aside, Path.Combine(incoming, name + ".jsonl"));
        demo.Feed.Sent(flow, PartnerCode.PrefecturePolice.Value, PartnerCode.Drihl.Value, DemoContext.Describe(message), dossier, "event file");
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
