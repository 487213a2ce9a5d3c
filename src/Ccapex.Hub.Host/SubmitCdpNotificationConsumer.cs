using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Host;

/// <summary>
/// F1 intake: checks a CDP notification and answers with a receipt. An invalid one is refused with
/// its field errors and changes nothing; a valid one is accepted with its dossier id.
/// </summary>
public sealed class SubmitCdpNotificationConsumer(
    IMessageValidator<SubmitCdpNotification> validator,
    TimeProvider timeProvider,
    ILogger<SubmitCdpNotificationConsumer> logger) : IConsumer<SubmitCdpNotification>
{
    public const string Flow = "F1";

    public async Task Consume(ConsumeContext<SubmitCdpNotification> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        using var scope = logger.BeginMessage(message.MessageId, Flow, message.ActReference);

        var errors = validator.Validate(message);
        if (errors.Count > 0)
        {
            logger.Rejected(message.Sender.Value, string.Join(",", errors.Select(e => e.Code).Distinct()));
            await Reply(context, Rejections.ForInvalidFields(message, errors, timeProvider)).ConfigureAwait(false);
            return;
        }

        // Until the routing saga (next issue) opens dossiers from its store, the id is derived from
        // the act, so a resubmission gets the same id; Duplicate stays false as nothing is stored yet.
        var dossierId = CdpDossierId.For(message.BailiffOffice.OfficeCode, message.ActReference);
        using var dossierScope = logger.BeginDossier(dossierId);
        var notificationRequired = CdpNotificationThreshold.RequiresNotification(message);
        logger.Accepted(message.Sender.Value, notificationRequired);
        await Reply(context, new CdpNotificationAccepted
        {
            MessageId = NewId.NextGuid(),
            SentAt = timeProvider.GetUtcNow(),
            InReplyTo = message.MessageId,
            ActReference = message.ActReference,
            DossierId = dossierId,
            NotificationRequired = notificationRequired,
            Duplicate = false,
        }).ConfigureAwait(false);
    }

    private async Task Reply<T>(ConsumeContext context, T receipt)
        where T : class
    {
        if (!await context.RespondToSender(receipt).ConfigureAwait(false))
        {
            logger.NoReplyAddress(typeof(T).Name);
        }
    }
}
