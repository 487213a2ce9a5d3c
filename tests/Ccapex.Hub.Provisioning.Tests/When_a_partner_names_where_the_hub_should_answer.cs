using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Testing;
using RabbitMQ.Client;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// Issue 10's first reproduction, on the real broker: the bailiffs' account published a MassTransit envelope whose
/// response and fault addresses asked the hub to bind the DRIHL's exchange to the bailiffs' queue. The hub honours
/// no address a partner names: the message is refused on the bailiffs' own queue, and the broker's topology (every
/// binding, queue and exchange of the virtual host, read through the management API) is what it was.
/// </summary>
public sealed class When_a_partner_names_where_the_hub_should_answer : PartnerHubFixture
{
    private string Hijack => $"rabbitmq://127.0.0.1/{Uri.EscapeDataString(Hub.Broker.VirtualHost)}/{BrokerNames.PartnerQueue(PartnerCode.Drihl)}?bind=true&queue={BrokerNames.PartnerQueue(PartnerCode.Huissiers)}";

    private static SubmitCdpNotification Cdp() => SampleMessages.SubmitCdpNotification() with
    {
        MessageId = Guid.NewGuid(),
        ActReference = "CDP-ENV-" + Guid.NewGuid().ToString("N")[..10],
        Household = SampleMessages.Household() with { Tenants = [new PersonName { LastName = "Env" + Guid.NewGuid().ToString("N")[..8], FirstName = "Lina" }] },
    };

    private static byte[] Envelope(SubmitCdpNotification message, string? responseAddress, string? faultAddress)
    {
        var envelope = new JsonObject
        {
            ["messageId"] = message.MessageId.ToString(),
            ["messageType"] = new JsonArray("urn:message:Ccapex.Hub.Contracts:" + message.GetType().Name),
            ["message"] = JsonSerializer.SerializeToNode(message, message.GetType(), ContractJson.Options),
        };
        if (responseAddress is not null)
        {
            envelope["responseAddress"] = responseAddress;
        }

        if (faultAddress is not null)
        {
            envelope["faultAddress"] = faultAddress;
        }

        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    private bool _warm;

    /// <summary>
    /// The topology before the test, once the hub has routed one accepted CDP: its first sends declare the partners'
    /// delivery exchanges (MassTransit binds ccapex.drihl.in to the queue of that name), which is the hub's own doing.
    /// </summary>
    private async Task<(IReadOnlyList<string> Bindings, IReadOnlyList<string> Entities)> TopologyOnceWarm(PartnerConnection huissiers)
    {
        if (!_warm)
        {
            var drihl = await Hub.PartnerAsync(PartnerCode.Drihl);
            var cdp = Cdp();
            Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
            Assert.That((await huissiers.AnswerAsync(cdp.MessageId)).Type, Is.EqualTo(nameof(CdpNotificationAccepted)));
            await Eventually.Until(
                () => drihl.Received.Any(e => e["message"]?["actReference"]?.GetValue<string>() == cdp.ActReference),
                () => "the DRIHL never got the warm-up CDP");
            _warm = true;
        }

        return await Topology();
    }

    private async Task<(IReadOnlyList<string> Bindings, IReadOnlyList<string> Entities)> Topology() =>
        (await Hub.Broker.Api.AllBindingsAsync(Hub.Broker.VirtualHost, CancellationToken.None),
         (await Hub.Broker.Api.EntitiesAsync(Hub.Broker.VirtualHost, CancellationToken.None)).Where(e => !e.Contains(".bus-", StringComparison.Ordinal)).ToList());

    private async Task ShouldBeRefusedAndChangeNothing(PartnerConnection huissiers, Guid messageId, (IReadOnlyList<string> Bindings, IReadOnlyList<string> Entities) before)
    {
        var (type, answer) = await huissiers.AnswerAsync(messageId);
        var after = await Topology();
        Assert.Multiple(() =>
        {
            Assert.That(type, Is.EqualTo(nameof(MessageRejected)), () => answer.ToJsonString());
            Assert.That(answer["code"]!.GetValue<string>(), Is.EqualTo(EdgeAddresses.AddressesRefused));
            Assert.That(after.Bindings, Is.EqualTo(before.Bindings), "a binding changed");
            Assert.That(after.Entities, Is.EqualTo(before.Entities), "a queue or an exchange changed");
            Assert.That(after.Bindings, Has.None.Contains($"{BrokerNames.PartnerQueue(PartnerCode.Drihl)} -> queue:{BrokerNames.PartnerQueue(PartnerCode.Huissiers)}"));
        });
    }

    [Test]
    public async Task Should_refuse_an_invalid_cdp_whose_envelope_asks_for_a_binding()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var before = await TopologyOnceWarm(huissiers);
        var invalid = Cdp() with { ActReference = string.Empty };
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = invalid.MessageId.ToString(), Persistent = true };

        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), properties, Envelope(invalid, Hijack, Hijack)), Is.Null);

        await ShouldBeRefusedAndChangeNothing(huissiers, invalid.MessageId, before);
    }

    [Test]
    public async Task Should_refuse_a_valid_cdp_whose_envelope_names_a_fault_address_and_open_no_dossier()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var before = await TopologyOnceWarm(huissiers);
        var cdp = Cdp();
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = cdp.MessageId.ToString(), Persistent = true };

        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), properties, Envelope(cdp, null, Hijack)), Is.Null);

        await ShouldBeRefusedAndChangeNothing(huissiers, cdp.MessageId, before);
        Assert.That(huissiers.Received.Any(e => e["message"]?["actReference"]?.GetValue<string>() == cdp.ActReference), Is.False, "a receipt for the CDP came back");
    }

    [Test]
    public async Task Should_refuse_bare_json_whose_amqp_reply_to_names_another_partner_s_queue()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var before = await TopologyOnceWarm(huissiers);
        var cdp = Cdp();
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            MessageId = cdp.MessageId.ToString(),
            Persistent = true,
            ReplyTo = Hijack,
            Headers = new Dictionary<string, object?> { ["MT-Response-Address"] = Hijack, ["MT-Fault-Address"] = Hijack },
        };

        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), properties, JsonSerializer.SerializeToUtf8Bytes(cdp, ContractJson.Options)), Is.Null);

        await ShouldBeRefusedAndChangeNothing(huissiers, cdp.MessageId, before);
    }

    [Test]
    public async Task Should_bind_nothing_for_an_unreadable_body_naming_fault_and_reply_addresses()
    {
        // MassTransit answers a body it cannot read with a fault: to an address from the headers, were it let. The
        // hub's own first fault declares its error queue and fault exchanges: one unreadable body without addresses
        // first, so that what is compared is only what the addresses could add.
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        await TopologyOnceWarm(huissiers);
        var plain = new BasicProperties { ContentType = "application/json", MessageId = Guid.NewGuid().ToString(), Persistent = true };
        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), plain, "{\"messageId\": 41"u8.ToArray()), Is.Null);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = await Topology();
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            MessageId = Guid.NewGuid().ToString(),
            Persistent = true,
            ReplyTo = Hijack,
            Headers = new Dictionary<string, object?> { ["MT-Response-Address"] = Hijack, ["MT-Fault-Address"] = Hijack },
        };

        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), properties, "{\"messageId\": 42"u8.ToArray()), Is.Null);

        // Give the hub the time to fail it and to send any fault.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = await Topology();
        Assert.Multiple(() =>
        {
            Assert.That(after.Bindings, Is.EqualTo(before.Bindings), "a binding changed");
            Assert.That(after.Entities, Is.EqualTo(before.Entities), "a queue or an exchange changed");
        });
    }

    [Test]
    public async Task Should_accept_the_same_cdp_without_addresses_and_answer_on_the_partner_s_queue()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var before = await TopologyOnceWarm(huissiers);
        var cdp = Cdp();
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = cdp.MessageId.ToString(), Persistent = true };

        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), properties, Envelope(cdp, null, null)), Is.Null);

        var (type, answer) = await huissiers.AnswerAsync(cdp.MessageId);
        Assert.Multiple(async () =>
        {
            Assert.That(type, Is.EqualTo(nameof(CdpNotificationAccepted)), () => answer.ToJsonString());
            Assert.That((await Topology()).Bindings, Is.EqualTo(before.Bindings));
        });
    }
}
