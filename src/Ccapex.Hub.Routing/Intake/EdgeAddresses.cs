using Ccapex.Hub.Charter;
using Ccapex.Hub.Persistence;
using MassTransit;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// Where an answer may go (issue 10, item 1): the hub never honours an address a partner supplies. A message
/// through a partner's exchange is answered on that partner's own queue, so it may carry no response or fault
/// address at all; a message through the hub's intake exchanges (the gateway, the drop folder) may name only the
/// temporary queue of one of the hub's own processes, on this broker and virtual host, with no binding options.
/// </summary>
public static class EdgeAddresses
{
    public const string AddressesRefused = "edge.addresses_refused";

    /// <summary>True when a partner's delivery names any address the hub would send to.</summary>
    public static bool CarriesAddresses(ConsumeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ResponseAddress is not null || context.FaultAddress is not null;
    }

    /// <summary>True when the address is a hub process's temporary queue on the broker and virtual host the message came in on.</summary>
    public static bool IsHubResponseAddress(Uri? address, Uri? inputAddress)
    {
        if (address is null || inputAddress is null || !address.IsAbsoluteUri || !inputAddress.IsAbsoluteUri)
        {
            return false;
        }

        if (!string.Equals(address.Scheme, inputAddress.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(address.Host, inputAddress.Host, StringComparison.OrdinalIgnoreCase)
            || address.Port != inputAddress.Port
            || !string.IsNullOrEmpty(address.Fragment)
            || !string.IsNullOrEmpty(address.UserInfo))
        {
            return false;
        }

        // The same virtual host: everything before the queue's name is the input address's.
        var path = address.AbsolutePath.TrimEnd('/');
        var inputPath = inputAddress.AbsolutePath.TrimEnd('/');
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (!string.Equals(path[..^name.Length], inputPath[..(inputPath.LastIndexOf('/') + 1)], StringComparison.Ordinal))
        {
            return false;
        }

        if (!BrokerNames.IsHubBusQueue(Uri.UnescapeDataString(name)))
        {
            return false;
        }

        var query = address.Query.TrimStart('?');
        return query.Length == 0 || query.Split('&').All(pair => OutboxDestinations.TemporaryQueueFlags.Contains(pair.Split('=')[0]));
    }
}
