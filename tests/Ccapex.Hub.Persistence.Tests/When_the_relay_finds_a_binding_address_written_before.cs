using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// A row written before destinations were checked, addressed so that MassTransit would bind the DRIHL's exchange to the
/// bailiffs' queue: the relay does not send it (the row waits with the refusal's code) and the broker gains no binding.
/// The last step sends to that address directly, without the outbox, to show the check is what stops the binding.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_relay_finds_a_binding_address_written_before(StoreProvider provider) : BrokerStoreFixture(provider)
{
    [Test]
    public async Task Should_hold_the_row_and_bind_nothing()
    {
        Assert.That(Broker.ManagementUri, Is.Not.Null, $"the management API is needed to list bindings ({Broker.Description})");
        var binding = $"rabbitmq://{Broker.AmqpUri.Host}/{Broker.VirtualHost}/ccapex.drihl.in?bind=true&queue=ccapex.huissiers.in";
        var id = Guid.NewGuid();
        await ExecuteAsync("""
            INSERT INTO outbox (message_id, destination, message_type, body, created_at)
            VALUES (@id, @destination, @type, @body, @now)
            """, ("@id", id), ("@destination", binding), ("@type", typeof(TestNotice).FullName), ("@body", """{"dossierId":"00000000-0000-0000-0000-000000000001","text":"x"}"""),
            ("@now", Clock.GetUtcNow()));

        await using var services = Bus();
        var bus = services.GetRequiredService<IBusControl>();
        await bus.StartAsync();
        try
        {
            var relay = services.GetRequiredService<OutboxRelay>();
            Assert.That(await relay.DispatchDueAsync(), Is.Zero);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(await ScalarAsync("SELECT last_error FROM outbox WHERE message_id = @id", ("@id", id)), Does.StartWith(OutboxDestinations.RefusedCode));
                Assert.That(await BindingsToAsync("ccapex.huissiers.in"), Is.Empty);
            }

            // The control: the same address sent to without the outbox makes MassTransit bind.
            var endpoint = await bus.GetSendEndpoint(new Uri(binding));
            await endpoint.Send(new TestNotice { DossierId = Guid.NewGuid(), Text = "control" });
            Assert.That(await BindingsToAsync("ccapex.huissiers.in"), Does.Contain("ccapex.drihl.in"));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private ServiceProvider Bus() => RelayBus.For(Store, Clock, Broker.AmqpUri);

    /// <summary>The sources of the bindings whose destination is <paramref name="queue"/>, from the management API.</summary>
    private async Task<List<string>> BindingsToAsync(string queue)
    {
        var management = Broker.ManagementUri!;
        using var client = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = string.Empty, Password = string.Empty, Path = "/" }.Uri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        var json = await client.GetStringAsync(new Uri($"api/bindings/{Uri.EscapeDataString(Broker.VirtualHost)}", UriKind.Relative));
        return [.. JsonNode.Parse(json)!.AsArray()
            .Where(b => b!["destination"]!.GetValue<string>() == queue && b["source"]!.GetValue<string>().Length > 0)
            .Select(b => b!["source"]!.GetValue<string>())];
    }
}
