using System.Text.Json.Serialization;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using MassTransit;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// The CAF listing being gathered (F3): one instance for the whole hub, written by <see cref="CafListingLinesConsumer"/>
/// (lines, in batches) and <see cref="CafListingStateMachine"/> (the period's end). Its row holds the listing's id, period
/// and line count only; the households are saga items (one row per line, written with the row), so a line costs
/// a small update and an insert instead of rewriting every line gathered so far. Kept in the saga store so a
/// crash mid-listing loses no household.
/// </summary>
public sealed class CafListing : SagaStateMachineInstance, ISagaVersion, IOutboxCarrier, ISagaItemCarrier
{
    /// <summary>The one listing instance's id.</summary>
    public static readonly Guid InstanceId = new("c0cafca1-0000-4000-8000-00000000000f");

    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public Guid? ListingId { get; set; }

    public DateTimeOffset? PeriodStart { get; set; }

    /// <summary>Lines on the listing being gathered (stored, plus pending).</summary>
    public int LineCount { get; set; }

    /// <summary>Listings sent so far.</summary>
    public int ListingsSent { get; set; }

    /// <summary>
    /// The listing sent last, whose lines are kept: a line redelivered after its listing left (the hub died before
    /// acknowledging it) is recognised by its dossier and not listed twice. Redeliveries come within seconds, not
    /// two listings later, so older listings' lines are deleted.
    /// </summary>
    public Guid? PreviousListingId { get; set; }

    /// <summary>
    /// Listings sent before <see cref="PreviousListingId"/> by the same write (a batch of lines that filled more than
    /// one listing): kept, like it, until a later write sends a listing, since any line of that write may be redelivered.
    /// </summary>
    public List<Guid> EarlierListingIds { get; set; } = [];

    [JsonIgnore]
    public List<OutboxEntry> PendingOutbox { get; } = [];

    [JsonIgnore]
    public List<string> PendingCancellations { get; } = [];

    [JsonIgnore]
    public List<SagaItem> PendingItems { get; } = [];

    [JsonIgnore]
    public List<Guid> RetiredItemGroups { get; } = [];
}
