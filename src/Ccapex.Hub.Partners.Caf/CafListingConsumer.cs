using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// F3 → F4: takes the hub's listings in batches, checks every household through <see cref="IAllocataireRegistry"/>
/// and answers one <see cref="HousingBenefitRightsChecked"/> per household. The batch is acknowledged only once
/// the broker confirmed every answer; a failure redelivers it, and the answers' ids (from listing and dossier)
/// are the same again, so the hub counts each household once.
/// </summary>
public sealed class CafListingConsumer(
    IAllocataireRegistry registry,
    CriticalCaseCriteria criteria,
    IHubSender hub,
    TimeProvider clock,
    ILogger<CafListingConsumer> logger) : IConsumer<Batch<CheckHousingBenefitRights>>
{
    public async Task Consume(ConsumeContext<Batch<CheckHousingBenefitRights>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = context.CancellationToken;
        var answers = new List<HousingBenefitRightsChecked>();
        foreach (var delivery in context.Message)
        {
            var listing = delivery.Message;
            foreach (var household in listing.Households)
            {
                var rights = await registry.FindAsync(household, token).ConfigureAwait(false);
                answers.Add(Answer(listing, household, rights, criteria.Evaluate(household, rights), clock.GetUtcNow()));
            }
        }

        // Sent together: each waits for its own confirm, and the batch fails (and comes back) if any is not confirmed.
        await Task.WhenAll(answers.Select(a => hub.SendAsync(a, token))).ConfigureAwait(false);
        logger.BatchChecked(context.Message.Length, answers.Count, answers.Count(a => a.IsCritical),
            answers.Count(a => a.Status == BenefitRightsStatus.UnknownToCaf));
    }

    /// <summary>The answer for one household; its id derives from the listing and the dossier only.</summary>
    public static HousingBenefitRightsChecked Answer(
        CheckHousingBenefitRights listing, CafListingLine household, AllocataireRights? rights, IReadOnlyList<string> reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(household);
        return new HousingBenefitRightsChecked
        {
            MessageId = MessageId(listing.ListingId, household.DossierId),
            SentAt = now,
            Sender = PartnerCode.Caf,
            DossierId = household.DossierId,
            ListingId = listing.ListingId,
            Status = rights?.Status ?? BenefitRightsStatus.UnknownToCaf,
            IsCritical = reasons.Count > 0,
            CriticalReasons = reasons,
            Comment = rights is null ? "No allocataire in the CAF's extract matches this household (number, or names at the postal code)." : null,
        };
    }

    public static Guid MessageId(Guid listingId, Guid dossierId) => NameBasedId.Create($"rights-checked:{listingId:N}:{dossierId:N}");
}
