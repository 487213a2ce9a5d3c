using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The broker closes the worker's connection (as on a broker restart, forced here through the management
/// API): the worker connects again by itself and goes on delivering.
/// </summary>
[TestFixture]
public sealed class When_the_broker_connection_is_lost
{
    private WebhookWorld _world = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync(_world.Settings());
        await _world.SendFollowUpAsync(PartnerCode.Caf);
        await Eventually.Until(() => _world.Caf.Accepted.Count == 1, () => "the first delivery failed");
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_connect_again_and_deliver_what_comes_next()
    {
        using var management = Management();
        var closed = await CloseWorkerConnectionsAsync(management);
        Assert.That(closed, Is.EqualTo(1), "the worker holds one connection");

        var next = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await Eventually.Until(() => _world.Caf.Accepted.Any(r => r.MessageId == next.MessageId.ToString()), () => "nothing delivered after the connection was lost");
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))) == (0, 1), () => "not acked, or not exactly one consumer again");
    }

    private async Task<int> CloseWorkerConnectionsAsync(HttpClient management)
    {
        var vhost = Uri.EscapeDataString(_world.Broker.VirtualHost);
        var closed = 0;
        await Eventually.Until(async () =>
        {
            using var listed = JsonDocument.Parse(await management.GetStringAsync(new Uri($"api/vhosts/{vhost}/connections", UriKind.Relative)));
            foreach (var connection in listed.RootElement.EnumerateArray())
            {
                if (connection.TryGetProperty("client_properties", out var client) && client.TryGetProperty("connection_name", out var name) && name.GetString() == "ccapex-webhooks")
                {
                    using var response = await management.DeleteAsync(new Uri($"api/connections/{Uri.EscapeDataString(connection.GetProperty("name").GetString()!)}", UriKind.Relative));
                    closed += response.IsSuccessStatusCode ? 1 : 0;
                }
            }

            return closed > 0;
        }, () => "the management API does not list the worker's connection yet");
        return closed;
    }

    private static HttpClient Management()
    {
        var uri = new Uri(Environment.GetEnvironmentVariable(BrokerFixture.ManagementUriVariable) ?? "http://guest:guest@127.0.0.1:15672/");
        var client = new HttpClient { BaseAddress = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Path = "/" }.Uri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo))));
        return client;
    }
}
