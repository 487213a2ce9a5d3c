using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners;

/// <summary>Sends a partner message to the hub; returns once the broker has confirmed it.</summary>
public interface IHubSender
{
    Task SendAsync<T>(T message, CancellationToken cancellationToken)
        where T : class, IPartnerMessage;
}
