using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Testing;
using RabbitMQ.Client;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// The AMQP half of issue 10's confinement matrix, on the real broker with every partner's own account: every
/// partner × every message type × the body's sender in every partner's name, with and without envelope addresses,
/// plus reading, declaring and binding what is not its own. Every case outside the rules is refused (by the broker,
/// 403 ACCESS_REFUSED, or by the hub with its stable code on the publisher's own queue), and nothing changes: the
/// virtual host's bindings, queues and exchanges are those before the matrix, and no partner receives anything but
/// the refusals of its own messages.
/// </summary>
public sealed class When_every_partner_publishes_every_message_in_every_name : PartnerHubFixture
{
    private const ushort AccessRefused = 403;

    private static readonly CharterRules Rules = CharterRulesLoader.LoadEmbedded();

    private readonly List<string> _failures = [];

    /// <summary>What the hub must answer each partner: its message id and the code.</summary>
    private readonly Dictionary<PartnerCode, Dictionary<Guid, string>> _expected = [];

    private static List<PartnerCode> Partners() => PartnerPlan.For(Rules, "any-", new HashSet<PartnerCode>()).Select(a => a.Partner).ToList();

    private static IEnumerable<IPartnerMessage> Samples() => SampleMessages.All().OfType<IPartnerMessage>();

    private static IPartnerMessage As(IPartnerMessage sample, PartnerCode sender)
    {
        var node = JsonSerializer.SerializeToNode(sample, sample.GetType(), ContractJson.Options)!.AsObject();
        node["messageId"] = Guid.NewGuid().ToString();
        node["sender"] = sender.Value;
        return (IPartnerMessage)node.Deserialize(sample.GetType(), ContractJson.Options)!;
    }

    private static byte[] Envelope(IPartnerMessage message, string address) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["messageId"] = message.MessageId.ToString(),
        ["messageType"] = new JsonArray("urn:message:Ccapex.Hub.Contracts:" + message.GetType().Name),
        ["responseAddress"] = address,
        ["faultAddress"] = address,
        ["message"] = JsonSerializer.SerializeToNode(message, message.GetType(), ContractJson.Options),
    }.ToJsonString());

    private void Expect(PartnerCode partner, Guid messageId, string code)
    {
        if (!_expected.TryGetValue(partner, out var answers))
        {
            _expected[partner] = answers = [];
        }

        answers[messageId] = code;
    }

    private async Task<(IReadOnlyList<string> Bindings, IReadOnlyList<string> Entities)> Topology() =>
        (await Hub.Broker.Api.AllBindingsAsync(Hub.Broker.VirtualHost, CancellationToken.None),
         (await Hub.Broker.Api.EntitiesAsync(Hub.Broker.VirtualHost, CancellationToken.None)).Where(e => !e.Contains(".bus-", StringComparison.Ordinal)).ToList());

    [Test]
    public async Task Should_refuse_every_case_outside_the_rules_and_change_nothing()
    {
        var partners = Partners();
        var connections = new Dictionary<PartnerCode, PartnerConnection>();
        foreach (var partner in partners)
        {
            connections[partner] = await Hub.PartnerAsync(partner);
        }

        // The hub's own first sends declare the delivery exchanges it sends to; one refusal to each partner does it.
        foreach (var partner in partners.Where(p => Samples().Any(s => Rules.ForMessage(s.GetType()) is { Origin: FlowOrigin.Partner } r && r.MaySend(p))))
        {
            var sample = Samples().First(s => Rules.ForMessage(s.GetType()) is { Origin: FlowOrigin.Partner } r && r.MaySend(partner));
            var other = partners.First(p => p != partner);
            var warm = As(sample, other);
            Assert.That(await connections[partner].PublishAsync(warm), Is.Null);
            await connections[partner].AnswerAsync(warm.MessageId);
        }

        var before = await Topology();
        var received = partners.ToDictionary(p => p, p => connections[p].Received.Count);
        var cases = 0;
        var hijack = $"rabbitmq://127.0.0.1/{Uri.EscapeDataString(Hub.Broker.VirtualHost)}/{BrokerNames.PartnerQueue(PartnerCode.Drihl)}?bind=true&queue=";

        foreach (var partner in partners)
        {
            var connection = connections[partner];
            foreach (var sample in Samples())
            {
                var rule = Rules.ForMessage(sample.GetType());
                var maySend = rule.Origin == FlowOrigin.Partner && rule.MaySend(partner);
                // In its own name a type it may send is inside the rules (the flows' tests): only the envelope case below.
                foreach (var named in partners.Where(n => !maySend || n != partner))
                {
                    cases++;
                    var message = As(sample, named);
                    var refused = await connection.PublishAsync(message);
                    if (!maySend)
                    {
                        if (refused?.ReplyCode != AccessRefused)
                        {
                            _failures.Add($"{partner} published {sample.GetType().Name} as {named}: the broker took it ({refused})");
                        }
                    }
                    else if (named != partner)
                    {
                        Expect(partner, message.MessageId, RejectionCodes.SenderNotAuthenticated);
                    }
                }

                if (maySend)
                {
                    // In its own name, but naming where the hub should answer.
                    cases++;
                    var own = As(sample, partner);
                    var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = own.MessageId.ToString(), Persistent = true };
                    Assert.That(await connection.PublishRawAsync(BrokerNames.RoutingKey(sample.GetType()), properties, Envelope(own, hijack + BrokerNames.PartnerQueue(partner))), Is.Null);
                    Expect(partner, own.MessageId, EdgeAddresses.AddressesRefused);
                }
            }

            // Reading, declaring and binding what is not its own.
            foreach (var other in partners.Where(p => p != partner))
            {
                cases++;
                var consume = await connection.TryAsync(c => c.BasicConsumeAsync(BrokerNames.PartnerQueue(other), autoAck: true, new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(c)));
                if (consume?.ReplyCode != AccessRefused)
                {
                    _failures.Add($"{partner} could read {BrokerNames.PartnerQueue(other)} ({consume})");
                }
            }

            cases += 3;
            var declare = await connection.TryAsync(c => c.QueueDeclareAsync(BrokerNames.PartnerQueue(partner) + ".copy", durable: true, exclusive: false, autoDelete: false));
            var bindIntake = await connection.TryAsync(c => c.QueueBindAsync(BrokerNames.PartnerQueue(partner), BrokerNames.CdpNotificationIntake, string.Empty));
            var bindDrihl = await connection.TryAsync(c => c.QueueBindAsync(BrokerNames.PartnerQueue(partner), BrokerNames.PartnerQueue(PartnerCode.Drihl), string.Empty));
            foreach (var (what, result) in new[] { ("declare a queue", declare), ("bind to an intake", bindIntake), ("bind to the DRIHL's exchange", bindDrihl) })
            {
                if (result?.ReplyCode != AccessRefused)
                {
                    _failures.Add($"{partner} could {what} ({result})");
                }
            }
        }

        // Every expected refusal reaches its publisher, with its code; nothing else reaches anybody.
        foreach (var (partner, answers) in _expected)
        {
            foreach (var (messageId, code) in answers)
            {
                var (type, answer) = await connections[partner].AnswerAsync(messageId);
                if (type != nameof(MessageRejected) || answer["code"]?.GetValue<string>() != code)
                {
                    _failures.Add($"{partner}'s {messageId}: {type} {answer["code"]}, expected {code}");
                }
            }
        }

        var after = await Topology();
        foreach (var partner in partners)
        {
            var mine = _expected.GetValueOrDefault(partner) ?? [];
            foreach (var envelope in connections[partner].Received.Skip(received[partner]))
            {
                var inReplyTo = envelope["message"]?["inReplyTo"]?.GetValue<Guid>();
                if (inReplyTo is not { } id || !mine.ContainsKey(id))
                {
                    _failures.Add($"{partner} received {envelope["messageType"]?[0]} that answers none of its refused messages");
                }
            }
        }

        TestContext.Out.WriteLine($"{cases} cases over AMQP for {partners.Count} partners; {_expected.Values.Sum(a => a.Count)} refused by the hub, the rest by the broker.");
        Assert.Multiple(() =>
        {
            Assert.That(_failures, Is.Empty);
            Assert.That(after.Bindings, Is.EqualTo(before.Bindings), "a binding changed");
            Assert.That(after.Entities, Is.EqualTo(before.Entities), "a queue or an exchange changed");
            Assert.That(cases, Is.GreaterThan(2000));
        });
    }
}
