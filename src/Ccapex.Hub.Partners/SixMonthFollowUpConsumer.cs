using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

/// <summary>
/// F13 → F14: answers the hub's six-month follow-up request with the partner's status of the household. The
/// answer's id derives from the follow-up, so a redelivered request is answered with the same id.
/// </summary>
public sealed class SixMonthFollowUpConsumer(
    IFollowUpStatusSource source,
    IHubSender hub,
    PartnerIdentity partner,
    IOptions<PartnerOptions> options,
    TimeProvider clock,
    ILogger<SixMonthFollowUpConsumer> logger) : IConsumer<RequestSixMonthFollowUp>
{
    public async Task Consume(ConsumeContext<RequestSixMonthFollowUp> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        if (request.Addressee != partner.Code)
        {
            // Delivered to the wrong queue: answering for another partner would be refused by the hub anyway.
            logger.FollowUpNotOurs(request.FollowUpId, request.Addressee, partner.Code);
            return;
        }

        var fallback = options.Value.FollowUp;
        var answer = await source.FindAsync(request, context.CancellationToken).ConfigureAwait(false)
            ?? new FollowUpAnswer(fallback.Situation, fallback.Comment);
        var status = new SixMonthStatusReported
        {
            MessageId = NameBasedId.Create($"six-month-status:{request.FollowUpId:N}:{partner.Code}"),
            SentAt = clock.GetUtcNow(),
            Sender = partner.Code,
            DossierId = request.DossierId,
            FollowUpId = request.FollowUpId,
            Situation = answer.Situation,
            Comment = answer.Comment,
        };
        await hub.SendAsync(status, context.CancellationToken).ConfigureAwait(false);
        logger.FollowUpAnswered(request.DossierId, request.FollowUpId, answer.Situation);
    }
}
