using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners;

/// <summary>Which partner this worker speaks for: the Sender of its answers and the queue it reads.</summary>
public sealed record PartnerIdentity(PartnerCode Code)
{
    /// <summary>The durable queue the hub delivers this partner's messages to, e.g. ccapex.caf.in.</summary>
    public string Queue => BrokerNames.PartnerQueue(Code);

    /// <summary>The partner's code as broker names spell it: lower case, dashes (PREFECTURE_POLICE → prefecture-police).</summary>
    public string Slug => BrokerNames.PartnerName(Code);
}
