using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Partners.Caf;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// With Hub:PartnerExchange set, a worker sends to the partner's own topic exchange, the message type as routing
/// key, instead of the intake exchanges. Here without the hub: a queue bound to that exchange stands for it.
/// </summary>
public sealed class When_the_answers_go_to_the_partner_exchange
{
    private const string Exchange = "ccapex.partner.caf";

    [Test]
    public async Task Should_send_the_follow_up_answer_with_its_type_as_routing_key()
    {
        await using var broker = await BrokerFixture.StartAsync();
        var folder = Directory.CreateTempSubdirectory("ccapex-partner-exchange-").FullName;
        try
        {
            var extract = Path.Combine(folder, "allocataires.csv");
            await File.WriteAllBytesAsync(extract, Extracts.Utf8());
            await using var connection = await new ConnectionFactory { Uri = broker.AmqpUri }.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true, autoDelete: false);
            var hub = (await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true)).QueueName;
            await channel.QueueBindAsync(hub, Exchange, "six-month-status-reported");

            var builder = CafWorker.Create([]);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:RabbitMq:Uri"] = broker.AmqpUri.ToString(),
                ["Hub:PartnerExchange"] = Exchange,
                ["Caf:ExtractFile"] = extract,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
            using var worker = builder.Build();
            await worker.StartAsync();
            try
            {
                var request = SampleMessages.RequestSixMonthFollowUp() with { MessageId = Guid.NewGuid(), FollowUpId = Guid.NewGuid(), Addressee = PartnerCode.Caf };
                await channel.BasicPublishAsync(new PartnerIdentity(PartnerCode.Caf).Queue, string.Empty, false,
                    new BasicProperties { ContentType = "application/vnd.masstransit+json" }, Envelope(request));

                BasicGetResult? answer = null;
                await Eventually.Until(async () => (answer = await channel.BasicGetAsync(hub, autoAck: true)) is not null, () => "nothing reached the partner exchange");
                var message = JsonNode.Parse(answer!.Body.Span)!["message"]!.Deserialize<SixMonthStatusReported>(ContractJson.Options)!;
                Assert.Multiple(() =>
                {
                    Assert.That(answer.RoutingKey, Is.EqualTo("six-month-status-reported"));
                    Assert.That(answer.Exchange, Is.EqualTo(Exchange));
                    Assert.That(message.FollowUpId, Is.EqualTo(request.FollowUpId));
                    Assert.That(message.Sender, Is.EqualTo(PartnerCode.Caf));
                    Assert.That(answer.BasicProperties.MessageId, Is.EqualTo(message.MessageId.ToString()), "the transport id is the message's own");
                });
            }
            finally
            {
                await worker.StopAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A MassTransit envelope, as the hub's relay writes one.</summary>
    private static byte[] Envelope<T>(T message)
        where T : IPartnerMessage => JsonSerializer.SerializeToUtf8Bytes(new JsonObject
    {
        ["messageId"] = message.MessageId,
        ["messageType"] = new JsonArray($"urn:message:{typeof(T).Namespace}:{typeof(T).Name}"),
        ["message"] = JsonSerializer.SerializeToNode(message, ContractJson.Options),
    });
}
