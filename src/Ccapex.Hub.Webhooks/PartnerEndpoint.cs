using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Webhooks;

/// <summary>A registered partner, resolved from validated settings: where its messages are read, parked and posted.</summary>
public sealed class PartnerEndpoint
{
    internal PartnerEndpoint(PartnerCode code, Uri url, byte[] secret, DeliveryPolicy policy, bool sendV1Signature)
    {
        Code = code;
        Url = url;
        Secret = secret;
        Policy = policy;
        SendV1Signature = sendV1Signature;
    }

    public PartnerCode Code { get; }

    public Uri Url { get; }

    public DeliveryPolicy Policy { get; }

    /// <summary>Also sign v1, for a receiver that does not verify v2 yet (see PartnerWebhookOptions.SendV1Signature).</summary>
    public bool SendV1Signature { get; }

    internal byte[] Secret { get; }

    /// <summary>The hub's durable queue for this partner, ccapex.&lt;code&gt;.in.</summary>
    public string InboxQueue => BrokerNames.PartnerQueue(Code);

    /// <summary>Where failed deliveries wait for an operator, ccapex.&lt;code&gt;.parked.</summary>
    public string ParkedQueue => ParkedQueueOf(Code);

    public static string ParkedQueueOf(PartnerCode code) => BrokerNames.ParkedQueue(code);

    /// <summary>Every registered partner; call only once the options passed <see cref="WebhookOptionsValidator"/>.</summary>
    public static IReadOnlyList<PartnerEndpoint> From(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Partners
            .Select(p => new PartnerEndpoint(
                PartnerCode.Parse(p.Key),
                new Uri(p.Value.Url!, UriKind.Absolute),
                PartnerSecret.Read(p.Key, p.Value).Secret ?? throw new InvalidOperationException($"Partner {p.Key} has no usable secret."),
                p.Value.Delivery,
                p.Value.SendV1Signature))
            .ToList();
    }
}
