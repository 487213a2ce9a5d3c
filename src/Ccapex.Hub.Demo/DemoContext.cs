using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>What every simulated partner shares: the broker, the gateway, the clock, the agenda and the feed.</summary>
internal sealed class DemoContext(PartnerLinks broker, GatewayClient? gateway, DemoOptions options, TimeProvider clock, HubAgenda agenda, Feed feed, DossierLabels labels)
{
    public DemoOptions Options { get; } = options;

    public TimeProvider Clock { get; } = clock;

    public HubAgenda Agenda { get; } = agenda;

    public Feed Feed { get; } = feed;

    public DossierLabels Labels { get; } = labels;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Over HTTP when the partner has a gateway key and <paramref name="preferHttp"/>, else AMQP; the feed says which.</summary>
    public async Task<Guid?> SendAsync(IPartnerMessage message, string? flow, string to, Guid? dossier, CancellationToken cancellationToken, bool preferHttp = true)
    {
        ArgumentNullException.ThrowIfNull(message);
        Guid? answered = null;
        string via;
        if (preferHttp && gateway is not null && Options.GatewayKeys.TryGetValue(message.Sender.Value, out var key))
        {
            var path = message is SubmitCdpNotification ? "/v1/cdp-notifications" : "/v1/messages/" + BrokerNames.RoutingKey(message.GetType());
            answered = await gateway.PostAsync(path, key, message, cancellationToken);
            via = "HTTP";
        }
        else
        {
            await broker.For(message.Sender).PublishAsync(message, cancellationToken);
            via = "AMQP";
        }

        Feed.Sent(flow, message.Sender.Value, to, Describe(message), dossier ?? answered, via);
        return answered;
    }

    public Task ConsumeAsync(PartnerCode partner, Func<Delivery, Task> handle, CancellationToken cancellationToken) =>
        broker.For(partner).ConsumeAsync(BrokerNames.PartnerQueue(partner), handle, cancellationToken);

    public static string Describe(object message) => message switch
    {
        SubmitCdpNotification cdp => $"CDP {cdp.ActReference}, {cdp.ArrearsMonths} month(s) of arrears",
        CdpNotificationAccepted receipt => receipt.NotificationRequired ? "receipt: dossier opened" : "receipt: under the threshold, recorded only",
        MessageAccepted accepted => $"receipt ({accepted.Flow}){(accepted.Duplicate ? ", duplicate" : string.Empty)}",
        MessageRejected rejected => $"REFUSED {rejected.MessageType}: {rejected.Code} {rejected.Reason}",
        CheckHousingBenefitRights listing => $"CAF listing of {listing.Households.Count} household(s), {listing.PeriodStart:dd/MM}-{listing.PeriodEnd:dd/MM}",
        HousingBenefitRightsChecked check => $"rights {check.Status}{(check.IsCritical ? ", critical case" : string.Empty)}",
        CcapexExaminationConcluded examination => $"examination: {examination.Recommendations.Count} recommendation(s)",
        RequestSixMonthFollowUp followUp => $"six-month follow-up, answer by {followUp.AnswerDueBy:yyyy-MM-dd}",
        SixMonthStatusReported status => $"six-month status: {status.Situation}",
        ProcedureStageReached stage => $"procedure stage {stage.Stage}",
        ProcedureAlertRaised alert => $"ALERT {alert.Code}: {alert.Description}",
        RemindOverdueAnswer reminder => $"reminder: {reminder.ExpectedMessage} overdue",
        EscalateOverdueAnswer escalation => $"escalation: {escalation.Partner} did not answer",
        _ => message.GetType().Name,
    };
}
