using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// The CCAPEX secretariat: reads what the hub routes to it and, for one dossier in <see cref="DemoOptions.ExamineOneIn"/>,
/// holds a CCAPEX examination two months (hub time) after the CDP, with recommendations to the Département, the
/// CAF and, for a social landlord's tenant, the landlord: six months later the hub asks them how things stand (F13).
/// </summary>
internal sealed class DrihlDesk(DemoContext demo)
{
    private static readonly TimeSpan ToExamination = TimeSpan.FromDays(60);
    private int _cdps;

    public Task HandleAsync(Delivery delivery)
    {
        demo.Feed.Received(delivery.Flow, PartnerCode.Drihl.Value, DemoContext.Describe(delivery.Message), delivery.DossierId);
        if (delivery.Message is SubmitCdpNotification cdp && delivery.DossierId is { } dossier && Interlocked.Increment(ref _cdps) % demo.Options.ExamineOneIn == 0)
        {
            demo.Agenda.After(ToExamination, token => ExamineAsync(dossier, cdp, token));
        }

        return Task.CompletedTask;
    }

    private Task<Guid?> ExamineAsync(Guid dossier, SubmitCdpNotification cdp, CancellationToken cancellationToken)
    {
        var recommendations = new List<Recommendation>
        {
            new() { Addressee = PartnerCode.Departement, Text = "Instruire une demande d'aide FSL maintien." },
            new() { Addressee = PartnerCode.Caf, Text = "Vérifier l'ouverture des droits et maintenir l'aide au logement." },
        };
        if (cdp.Landlord.Kind == LandlordKind.SocialLandlord)
        {
            recommendations.Add(new() { Addressee = PartnerCode.BailleurSocial, Text = "Proposer un plan d'apurement et une mutation si nécessaire." });
        }

        var examination = new CcapexExaminationConcluded
        {
            MessageId = Guid.NewGuid(),
            SentAt = demo.Clock.GetUtcNow(),
            Sender = PartnerCode.Drihl,
            DossierId = dossier,
            ExaminedOn = demo.Today,
            SessionReference = $"CCAPEX-75-{demo.Today:yyyy-MM-dd}",
            Outcome = "Maintien dans les lieux possible sous réserve d'un plan d'apurement.",
            Recommendations = recommendations,
        };
        return demo.SendAsync(examination, "F11", string.Join(", ", recommendations.Select(r => r.Addressee.Value)), dossier, cancellationToken, preferHttp: false);
    }
}
