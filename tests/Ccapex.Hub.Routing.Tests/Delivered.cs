using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>A message the outbox released to a partner's queue.</summary>
public sealed record Delivered(string Queue, string MessageType, Guid MessageId, JsonObject Body)
{
    public T As<T>() => Body.Deserialize<T>(ContractJson.Options)!;

    public bool IsFor(PartnerCode partner) => Queue == BrokerNames.PartnerQueue(partner);
}
