using System.Text;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Every broker name of the hub, in one place. They all start with "ccapex." so that broker permissions can be
/// written as regular expressions over the names a partner owns (ccapex.caf.in for what the CAF reads), and they
/// are fixed here rather than left to a library's naming, so that they stay stable and readable.
/// </summary>
public static class BrokerNames
{
    public const string Prefix = "ccapex.";

    /// <summary>Intake exchanges and queues, one per message type partners send: ccapex.intake.submit-cdp-notification (F1), ...</summary>
    public const string IntakePrefix = Prefix + "intake.";

    /// <summary>The hub's own queue for its timeouts on dossiers.</summary>
    public const string DossierQueue = Prefix + "routing.dossier";

    /// <summary>The CAF listing's queue (F3): one instance, one consumer.</summary>
    public const string CafListingQueue = Prefix + "routing.caf-listing";

    /// <summary>Where partner exchanges start: a message published to ccapex.partner.huissiers came from the bailiffs' account.</summary>
    public const string PartnerExchangePrefix = Prefix + "partner.";

    /// <summary>Message-type exchanges (publish topology): "ccapex.contracts.submit-cdp-notification".</summary>
    public const string ContractsPrefix = Prefix + "contracts.";

    /// <summary>The start of the hub's own temporary queue (responses to its own requests).</summary>
    public const string BusEndpointPrefix = Prefix + "hub.bus-";

    /// <summary>The hub's own processes that ask the intake and wait for its answer on their temporary queue.</summary>
    public static readonly IReadOnlyList<string> HubProcesses = ["hub", "gateway"];

    /// <summary>MassTransit moves faulted messages to the queue name plus this suffix.</summary>
    public const string ErrorSuffix = "_error";

    /// <summary>The hub's F1 intake: the bailiffs' CDP notifications.</summary>
    public static string CdpNotificationIntake { get; } = IntakeQueue(typeof(SubmitCdpNotification));

    /// <summary>The partner's code as it appears in broker names: "prefecture-police".</summary>
    public static string PartnerName(PartnerCode partner) => partner.Value.ToLowerInvariant().Replace('_', '-');

    /// <summary>The durable queue a partner reads its deliveries from.</summary>
    public static string PartnerQueue(PartnerCode partner) => $"{Prefix}{PartnerName(partner)}.in";

    /// <summary>Where the webhook worker parks what a partner's endpoint keeps refusing.</summary>
    public static string ParkedQueue(PartnerCode partner) => $"{Prefix}{PartnerName(partner)}.parked";

    /// <summary>The topic exchange only this partner's broker account may write to; routing key = kebab message type.</summary>
    public static string PartnerExchange(PartnerCode partner) => PartnerExchangePrefix + PartnerName(partner);

    /// <summary>The routing key of a message type on a partner exchange, and the tail of its intake name: "submit-cdp-notification".</summary>
    public static string RoutingKey(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return Kebab(messageType.Name);
    }

    /// <summary>MassTransit's short address of a queue.</summary>
    public static string Queue(string name) => $"queue:{name}";

    /// <summary>The queue (and exchange) where the hub takes one message type from partners, e.g. ccapex.intake.submit-cdp-notification.</summary>
    public static string IntakeQueue(Type messageType) => IntakePrefix + RoutingKey(messageType);

    /// <summary>The hub's own temporary queue, unique per process so that two hosts never share it.</summary>
    public static string BusEndpoint() => BusEndpoint("hub");

    /// <summary>
    /// A process's temporary queue (MassTransit's bus endpoint, where responses to its requests come back):
    /// ccapex.&lt;owner&gt;.bus-&lt;machine&gt;-&lt;guid&gt;, owner "hub", "gateway" or a partner's broker name.
    /// </summary>
    public static string BusEndpoint(string owner) => $"{Prefix}{owner}.bus-{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid():N}";

    /// <summary>True for the temporary queue of the hub's own processes (the hub and the gateway), never a partner's.</summary>
    public static bool IsHubBusQueue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var owner in HubProcesses)
        {
            var prefix = $"{Prefix}{owner}.bus-";
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length
                && name[prefix.Length..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "SubmitCdpNotification" → "submit-cdp-notification": a dash before each upper-case letter but the first, and
    /// none inside a run of capitals ("CAFListing" → "caf-listing"), as MassTransit's kebab-case formatter does;
    /// a test compares the two on every contract type.
    /// </summary>
    public static string Kebab(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
