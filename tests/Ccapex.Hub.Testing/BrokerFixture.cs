using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Ccapex.Hub.Testing;

/// <summary>
/// A RabbitMQ broker for one test fixture, in a virtual host of its own: queues, exchanges and
/// leftover messages of other fixtures, other runs or a developer's hub are invisible to it, and the
/// hub keeps its real queue names. Where the broker is: <see cref="UriVariable"/> when set, else a
/// Testcontainers node when Docker answers, else an exception that says how to get one (never a skip).
/// </summary>
/// <remarks>
/// Virtual hosts are created through the management API (<see cref="ManagementUriVariable"/>, or port
/// 15672 of the broker's host with its credentials). When that API cannot be reached the fixture falls
/// back to the virtual host of the URI as given, and says so in <see cref="Description"/>.
/// </remarks>
public sealed class BrokerFixture : IAsyncDisposable
{
    public const string UriVariable = "CCAPEX_RABBITMQ_URI";
    public const string ManagementUriVariable = "CCAPEX_RABBITMQ_MANAGEMENT_URI";

    private readonly Uri? _managementUri;

    private BrokerFixture(Uri amqpUri, string virtualHost, Uri? managementUri, string description)
    {
        AmqpUri = amqpUri;
        VirtualHost = virtualHost;
        _managementUri = managementUri;
        Description = description;
    }

    /// <summary>amqp:// URI with credentials and this fixture's virtual host: give it to the hub and to clients.</summary>
    public Uri AmqpUri { get; }

    public string VirtualHost { get; }

    /// <summary>The management API with the broker's privileged account; null when it could not be reached.</summary>
    public Uri? ManagementUri => _managementUri;

    /// <summary>Where the broker came from and which virtual host, for test output.</summary>
    public string Description { get; }

    public static async Task<BrokerFixture> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = await BrokerServer.GetAsync(cancellationToken).ConfigureAwait(false);
        var virtualHost = $"ccapex-test-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        if (server.ManagementUri is { } management)
        {
            try
            {
                await CreateVirtualHostAsync(management, virtualHost, server.AmqpUri, cancellationToken).ConfigureAwait(false);
                var uri = new UriBuilder(server.AmqpUri) { Path = "/" + virtualHost }.Uri;
                return new BrokerFixture(uri, virtualHost, management, $"{server.Source}, virtual host {virtualHost}");
            }
            catch (HttpRequestException unreachable)
            {
                var shared = Uri.UnescapeDataString(server.AmqpUri.AbsolutePath.TrimStart('/'));
                shared = shared.Length == 0 ? "/" : shared;
                return new BrokerFixture(server.AmqpUri, shared, null,
                    $"{server.Source}, shared virtual host {shared} (management API at {management.GetLeftPart(UriPartial.Authority)} unreachable: {unreachable.Message})");
            }
        }

        return new BrokerFixture(server.AmqpUri, "/", null, server.Source);
    }

    public async ValueTask DisposeAsync()
    {
        if (_managementUri is null)
        {
            return;
        }

        using var client = CreateClient(_managementUri);
        using var response = await client.DeleteAsync(new Uri($"api/vhosts/{Uri.EscapeDataString(VirtualHost)}", UriKind.Relative)).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.NotFound or HttpStatusCode.OK))
        {
            await Console.Error.WriteLineAsync($"BrokerFixture: could not delete virtual host {VirtualHost}: {(int)response.StatusCode}").ConfigureAwait(false);
        }
    }

    public override string ToString() => Description;

    private static async Task CreateVirtualHostAsync(Uri management, string virtualHost, Uri amqpUri, CancellationToken cancellationToken)
    {
        using var client = CreateClient(management);
        var vhost = Uri.EscapeDataString(virtualHost);
        var user = Uri.EscapeDataString(Uri.UnescapeDataString(amqpUri.UserInfo.Split(':')[0]));
        await PutAsync(client, $"api/vhosts/{vhost}", "{}", cancellationToken).ConfigureAwait(false);
        await PutAsync(client, $"api/permissions/{vhost}/{user}", """{"configure":".*","write":".*","read":".*"}""", cancellationToken).ConfigureAwait(false);
    }

    private static async Task PutAsync(HttpClient client, string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PutAsync(new Uri(path, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"PUT {path} answered {(int)response.StatusCode}: {body}");
        }
    }

    private static HttpClient CreateClient(Uri management)
    {
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        var baseAddress = new UriBuilder(management) { UserName = string.Empty, Password = string.Empty };
        baseAddress.Path = baseAddress.Path.TrimEnd('/') + "/";
        var client = new HttpClient { BaseAddress = baseAddress.Uri, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return client;
    }
}
