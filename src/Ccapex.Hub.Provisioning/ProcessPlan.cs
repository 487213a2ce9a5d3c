using System.Text.RegularExpressions;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Provisioning;

/// <summary>
/// The broker users of the hub's own processes, each with what it was seen to need against a broker that
/// refuses the rest (ADR 0006, "Later"): MassTransit declares and binds every queue and exchange it sends to or
/// reads (declare needs configure, binding a queue needs write on the queue and read on the exchange); a plain
/// RabbitMQ.Client consumer needs read only, but the webhook worker declares its queues.
/// </summary>
public static class ProcessPlan
{
    public const string Hub = "hub";
    public const string Gateway = "gateway";
    public const string Webhooks = "webhooks";

    /// <summary>The default exchange's name for permissions: a publish to "" (straight to a queue) is a write on it.</summary>
    public const string DefaultExchange = "amq.default";

    public static IReadOnlyList<ProcessAccess> For(IReadOnlyList<PartnerAccess> partners, string userPrefix, IReadOnlySet<PartnerCode> webhookPartners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(webhookPartners);
        var intake = Escaped(BrokerNames.IntakePrefix) + ".+";
        var contracts = Escaped(BrokerNames.ContractsPrefix) + ".+";
        var gatewayBus = Escaped(BusPrefix(Gateway)) + ".+";
        var inboxes = partners.Select(p => Escaped(p.Queue)).ToList();

        // The hub's own names: intake, routing, scheduler, message-type and fault exchanges (MassTransit's
        // names behind "ccapex."), its bus queue, the partners' inboxes it delivers to; and the gateway's bus
        // queue, which it answers (MassTransit declares a response address before it sends to it).
        string[] hubNames =
        [
            intake,
            Escaped(BrokerNames.Prefix + "routing.") + ".+",
            Escaped(BrokerNames.Prefix + "scheduler") + "(_.+)?",
            contracts,
            Escaped(BrokerNames.Prefix + "MassTransit") + "[.:].+",
            Escaped(BrokerNames.BusEndpointPrefix) + ".+",
            .. inboxes,
        ];
        var hub = Any(hubNames);
        var hubWrite = Any([.. hubNames, gatewayBus]);

        var webhookNames = partners.Where(p => webhookPartners.Contains(p.Partner) || webhookPartners.Contains(p.Partner.Role))
            .SelectMany(p => new[] { Escaped(p.Queue), Escaped(BrokerNames.ParkedQueue(p.Partner)) })
            .ToList();
        var webhooks = webhookNames.Count == 0 ? "^$" : Any(webhookNames);
        return
        [
            new ProcessAccess { Process = Hub, User = userPrefix + Hub, Configure = hubWrite, Write = hubWrite, Read = hub },

            // The gateway asks the intake and waits on its own bus queue: MassTransit redeclares the intake's
            // exchange and queue before its first send to it, and binds them.
            new ProcessAccess
            {
                Process = Gateway,
                User = userPrefix + Gateway,
                Configure = Any([intake, gatewayBus]),
                Write = Any([intake, gatewayBus]),
                Read = Any([intake, gatewayBus]),
            },

            // The webhook worker declares, reads and parks; it parks and resumes through the default exchange.
            new ProcessAccess
            {
                Process = Webhooks,
                User = userPrefix + Webhooks,
                Configure = webhooks,
                Write = webhookNames.Count == 0 ? "^$" : $"^{Regex.Escape(DefaultExchange)}$",
                Read = webhooks,
            },
        ];
    }

    /// <summary>A process's bus queue prefix, as <see cref="BrokerNames.BusEndpoint(string)"/> makes it.</summary>
    public static string BusPrefix(string owner) => $"{BrokerNames.Prefix}{owner}.bus-";

    private static string Escaped(string name) => Regex.Escape(name);

    private static string Any(IEnumerable<string> alternatives) => $"^({string.Join('|', alternatives)})$";
}
