using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Ccapex.Hub.Webhooks;

/// <summary>Connects to the broker and runs one <see cref="PartnerDispatcher"/> per registered partner, each with its own HTTP client and pipeline.</summary>
internal sealed class WebhookDispatchService(IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var factory = new ConnectionFactory { Uri = settings.GetRabbitMqUri(), ClientProvidedName = "ccapex-webhooks" };
        if (factory.Uri.Scheme == "amqps")
        {
            factory.Ssl.Enabled = true;
            factory.Ssl.ServerName = factory.HostName;
        }

        var connection = await factory.CreateConnectionAsync(stoppingToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var partners = PartnerEndpoint.From(settings);
        var clients = partners.Select(CreateClient).ToList();
        try
        {
            await Task.WhenAll(partners.Select((partner, i) =>
                new PartnerDispatcher(partner, connection, clients[i], clock, logger).RunAsync(stoppingToken))).ConfigureAwait(false);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
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
