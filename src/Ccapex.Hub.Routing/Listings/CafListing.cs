using System.Text.Json.Serialization;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using MassTransit;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// The CAF listing being gathered (F3): one instance for the whole hub, holding the households queued since
/// the period began. Kept in the saga store so a crash mid-listing loses no household.
/// </summary>
public sealed class CafListing : SagaStateMachineInstance, ISagaVersion, IOutboxCarrier
{
    /// <summary>The one listing instance's id.</summary>
    public static readonly Guid InstanceId = new("c0cafca1-0000-4000-8000-00000000000f");

    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public Guid? ListingId { get; set; }

    public DateTimeOffset? PeriodStart { get; set; }

    public List<CafListingLine> Lines { get; set; } = [];

    /// <summary>Listings sent so far.</summary>
    public int ListingsSent { get; set; }

    /// <summary>
    /// The households of the listing sent last: a line redelivered after its listing left (the hub died before
    /// acknowledging it) is recognised by its dossier and not listed twice. Redeliveries come within seconds, not
    /// two listings later.
    /// </summary>
    public List<Guid> PreviousListingDossiers { get; set; } = [];

    [JsonIgnore]
    public List<OutboxEntry> PendingOutbox { get; } = [];

    [JsonIgnore]
    public List<string> PendingCancellations { get; } = [];
}
