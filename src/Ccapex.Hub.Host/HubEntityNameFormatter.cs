using Ccapex.Hub.Contracts;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host;

/// <summary>
/// Names the exchange of each message type: "ccapex.contracts.submit-cdp-notification" for a
/// contract, and MassTransit's own name behind "ccapex." for the rest (faults), instead of
/// "Ccapex.Hub.Contracts:SubmitCdpNotification". Everything the hub declares is then under "ccapex.".
/// </summary>
public sealed class HubEntityNameFormatter(IEntityNameFormatter inner) : IEntityNameFormatter
{
    private static readonly string ContractsNamespace = typeof(IPartnerMessage).Namespace!;

    public string FormatEntityName<T>()
    {
        var type = typeof(T);
        return type.Namespace == ContractsNamespace && !type.IsGenericType
            ? BrokerNames.ContractsPrefix + KebabCaseEndpointNameFormatter.Instance.SanitizeName(type.Name)
            : BrokerNames.Prefix + inner.FormatEntityName<T>();
    }
}
