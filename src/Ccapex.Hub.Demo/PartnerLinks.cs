using System.Text.Json;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// One broker connection per simulated partner, each with the account `./hub partners provision` made for it
/// (<see cref="DemoOptions.CredentialsFile"/>); without that file, one connection with the hub's account for all.
/// </summary>
internal sealed class PartnerLinks : IAsyncDisposable
{
    private readonly Dictionary<PartnerCode, BrokerLink> _links;
    private readonly BrokerLink? _shared;

    private PartnerLinks(Dictionary<PartnerCode, BrokerLink> links, BrokerLink? shared)
    {
        _links = links;
        _shared = shared;
    }

    public static async Task<PartnerLinks> ConnectAsync(DemoOptions options, IEnumerable<PartnerCode> partners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var broker = new Uri(options.RabbitMqUri!);
        if (string.IsNullOrWhiteSpace(options.CredentialsFile))
        {
            return new PartnerLinks([], await BrokerLink.ConnectAsync(broker, null, cancellationToken));
        }

        var passwords = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(options.CredentialsFile, cancellationToken)) ?? [];
        var links = new Dictionary<PartnerCode, BrokerLink>();
        foreach (var partner in partners.Distinct())
        {
            var user = options.UserPrefix + BrokerNames.PartnerName(partner);
            if (!passwords.TryGetValue(user, out var password))
            {
                throw new InvalidOperationException($"{options.CredentialsFile} has no password for {user}: run ./hub partners provision for this virtual host first.");
            }

            var account = new UriBuilder(broker) { UserName = Uri.EscapeDataString(user), Password = Uri.EscapeDataString(password) }.Uri;
            links[partner] = await BrokerLink.ConnectAsync(account, partner, cancellationToken);
        }

        return new PartnerLinks(links, null);
    }

    public BrokerLink For(PartnerCode partner) =>
        _shared ?? (_links.TryGetValue(partner, out var link) ? link : throw new InvalidOperationException($"The demo plays no {partner}."));

    public async ValueTask DisposeAsync()
    {
        foreach (var link in _links.Values)
        {
            await link.DisposeAsync();
        }

        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
    }
}
