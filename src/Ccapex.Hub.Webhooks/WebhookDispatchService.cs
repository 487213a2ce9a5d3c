using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// Connects to the broker and runs one <see cref="PartnerDispatcher"/> per registered partner, each with its
/// own HTTP client and pipeline. The client library's automatic recovery is off: a recovered channel would
/// bring back a consumer beside the one a dispatcher opens again, and two consumers would break the
/// partner's order. When the connection is lost every dispatcher stops and all start again on a new one.
/// </summary>
internal sealed class WebhookDispatchService(IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatchService> logger) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var factory = new ConnectionFactory
        {
            Uri = settings.GetRabbitMqUri(),
            ClientProvidedName = "ccapex-webhooks",
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
        };
        factory.Ssl.Enabled = factory.Uri.Scheme == "amqps";
        factory.Ssl.ServerName = factory.HostName;

        // Created once: a partner's circuit state outlives a reconnection.
        var partners = PartnerEndpoint.From(settings);
        var clients = partners.Select(CreateClient).ToList();
        var dispatchers = partners.Select((partner, i) => new PartnerDispatcher(partner, clients[i], clock, logger)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunConnectedAsync(factory, dispatchers, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // The broker may be down or restarting: try again, and say so.
                catch (Exception failure)
#pragma warning restore CA1031
                {
                    logger.ConnectionFailed(ReconnectDelay, failure);
                }

                await Task.Delay(ReconnectDelay, clock, stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task RunConnectedAsync(ConnectionFactory factory, IReadOnlyList<PartnerDispatcher> dispatchers, CancellationToken stoppingToken)
    {
        var connection = await factory.CreateConnectionAsync(stoppingToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        connection.ConnectionShutdownAsync += async (_, _) => await lost.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(dispatchers.Select(d => d.RunAsync(connection, lost.Token))).ConfigureAwait(false);
        if (!stoppingToken.IsCancellationRequested)
        {
            throw new IOException("The broker connection was lost.");
        }
    }

    /// <summary>
    /// A client of its own per partner: a slow endpoint's connections never hold another's. Timeouts are the
    /// pipeline's; redirects are not followed (a body with personal data goes only where it was registered).
    /// </summary>
    private static HttpClient CreateClient(PartnerEndpoint partner) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = partner.Policy.AttemptTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
