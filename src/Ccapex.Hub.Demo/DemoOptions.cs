using System.Diagnostics.CodeAnalysis;

namespace Ccapex.Hub.Demo;

/// <summary>Section "Demo"; `./hub up` sets them. Real-time intervals: the hub's dates run on the demonstration clock.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>amqp:// URI of the hub's broker (CCAPEX_RABBITMQ_URI).</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration; the validator reports a malformed value.")]
    public string? RabbitMqUri { get; set; }

    /// <summary>The gateway the bailiffs and the Département use for HTTP; empty: everything over AMQP.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration; the validator reports a malformed value.")]
    public string? GatewayUrl { get; set; }

    /// <summary>API keys of the simulated partners at the gateway, by partner code (./hub up makes them and gives the gateway their hashes).</summary>
    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Bound from configuration.")]
    public Dictionary<string, string> GatewayKeys { get; set; } = [];

    /// <summary>
    /// The credentials file `./hub partners provision` wrote for the broker's virtual host: each simulated partner then
    /// connects with its own account and publishes on its own exchange. Empty: the hub's account for all.
    /// </summary>
    public string? CredentialsFile { get; set; }

    /// <summary>The prefix of the partners' user names (CCAPEX_PARTNERS_USER_PREFIX when provisioning).</summary>
    public string UserPrefix { get; set; } = "ccapex-";

    /// <summary>Real time between two CDPs from the bailiffs.</summary>
    public TimeSpan CdpInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many CDPs the bailiffs send before stopping; 0 for no end.</summary>
    public int MaxCdps { get; set; }

    /// <summary>Seed of the generated households: the same seed gives the same stream.</summary>
    public int Seed { get; set; } = 75018;

    /// <summary>One dossier in this many is examined by the CCAPEX (and so followed up six months later).</summary>
    public int ExamineOneIn { get; set; } = 2;

    /// <summary>One dossier in this many gets a DALO alert from the Préfecture and procedure stages.</summary>
    public int PrefectureOneIn { get; set; } = 4;

    /// <summary>The demo answers for the CAF itself; false when the CAF reference worker reads ccapex.caf.in.</summary>
    public bool SimulateCaf { get; set; } = true;

    /// <summary>The demo answers for the Préfecture itself; false when its reference adapter runs.</summary>
    public bool SimulatePrefecture { get; set; } = true;

    /// <summary>A partner that receives by webhook (the hub's webhook worker posts to <see cref="WebhookPrefix"/>) instead of reading its queue.</summary>
    public string? WebhookPartner { get; set; }

    /// <summary>Where the demo's webhook endpoint listens, e.g. http://127.0.0.1:8086/ccapex/.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "An HttpListener prefix, bound from configuration.")]
    public string? WebhookPrefix { get; set; }

    /// <summary>The file holding the webhook partner's secret, the same the webhook worker signs with.</summary>
    public string? WebhookSecretFile { get; set; }

    /// <summary>
    /// The Préfecture reference worker's events folder (Prefecture:EventsFolder): the demo's Préfecture events are then
    /// written there as JSON-lines files, as the Préfecture's own system would, instead of sent over AMQP.
    /// </summary>
    public string? PrefectureEventsFolder { get; set; }
}
