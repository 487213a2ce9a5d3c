using System.Text;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Testing;
using FsCheck;
using FsCheck.Fluent;
using RabbitMQ.Client;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// Issue 10's property-based hostile-input suite, AMQP edge: generated inputs (FsCheck) published as bare JSON on the
/// exchange of a partner that may send their type, to the real hub. The hub survives them all and still accepts a
/// valid CDP; every input is answered on its publisher's own queue (a refusal with a stable code, or a receipt); one
/// that cannot be read at all is refused with <c>message.unreadable</c> and also kept in its intake's error queue —
/// never for another fault than an unreadable body, and with no value of the input in the error queue's headers.
/// </summary>
public sealed class When_hostile_inputs_reach_the_hub_over_amqp : PartnerHubFixture
{
    private const int Inputs = 1_500;

    private static readonly CharterRules Rules = CharterRulesLoader.LoadEmbedded();

    private static readonly string[] AnswerTypes = [nameof(MessageRejected), nameof(MessageAccepted), nameof(CdpNotificationAccepted)];

    private static PartnerCode Publisher(Type type) => Rules.Partners.First(Rules.ForMessage(type).MaySend);

    private static int Answers(PartnerConnection connection) =>
        connection.Received.Count(e => AnswerTypes.Contains(e["messageType"]?[0]?.GetValue<string>().Split(':')[^1]));

    [Test]
    public async Task Should_answer_or_set_aside_every_input_and_keep_working()
    {
        var inputs = HostileInputs.Generator().Sample(Inputs, 30).ToList();
        var publishers = new Dictionary<PartnerCode, PartnerConnection>();
        foreach (var partner in HostileInputs.Samples.Select(s => Publisher(s.GetType())).Distinct())
        {
            publishers[partner] = await Hub.PartnerAsync(partner);
        }

        var before = publishers.Sum(p => Answers(p.Value));
        foreach (var input in inputs)
        {
            var properties = new BasicProperties { ContentType = "application/json", MessageId = Guid.NewGuid().ToString(), Persistent = true };
            var refused = await publishers[Publisher(input.MessageType)].PublishRawAsync(BrokerNames.RoutingKey(input.MessageType), properties, input.Body);
            Assert.That(refused, Is.Null, () => $"{input}: the broker refused it ({refused})");
        }

        var errors = new List<(string Queue, IReadOnlyDictionary<string, object?> Headers)>();
        await using var admin = await new ConnectionFactory { Uri = Hub.Broker.Broker.AmqpUri }.CreateConnectionAsync();
        var errorQueues = HostileInputs.Samples.Select(s => BrokerNames.IntakeQueue(s.GetType()) + BrokerNames.ErrorSuffix).Distinct().ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (publishers.Sum(p => Answers(p.Value)) - before < inputs.Count || errors.Count < Unreadable(publishers.Values))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline),
                () => $"{publishers.Sum(p => Answers(p.Value)) - before} answered and {errors.Count} set aside of {inputs.Count} inputs");
            foreach (var queue in errorQueues)
            {
                errors.AddRange(await DrainAsync(admin, queue));
            }

            await Task.Delay(200);
        }

        // Unreadable: the contract serializer threw while reading the body (missing or mistyped members, depth, bad
        // ids). Anything else in an error queue is a fault of the hub's own code.
        var unexpected = errors.Where(e => Text(e.Headers, "MT-Fault-StackTrace") is not { } trace
                || !trace.Contains("System.Text.Json", StringComparison.Ordinal))
            .Select(e => (e.Queue, Type: Text(e.Headers, "MT-Fault-ExceptionType"), Message: Text(e.Headers, "MT-Fault-Message")))
            .ToList();
        foreach (var kind in errors.GroupBy(e => Text(e.Headers, "MT-Fault-ExceptionType")))
        {
            TestContext.Out.WriteLine($"{kind.Count()} x {kind.Key}: {Text(kind.First().Headers, "MT-Fault-Message")}");
        }

        var leaking = errors.Where(e => e.Headers.Values.Select(v => v is byte[] b ? Encoding.UTF8.GetString(b) : v?.ToString() ?? string.Empty)
            .Any(v => v.Contains(HostileInput.Marker, StringComparison.Ordinal))).ToList();

        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var cdp = SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid(), ActReference = "CDP-AFTER-" + Guid.NewGuid().ToString("N")[..8] };
        Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
        var (type, _) = await huissiers.AnswerAsync(cdp.MessageId);

        TestContext.Out.WriteLine($"{inputs.Count} hostile inputs over AMQP: every one answered, {Unreadable(publishers.Values)} of them message.unreadable and kept in an error queue ({errors.Count}).");
        Assert.Multiple(() =>
        {
            Assert.That(unexpected, Is.Empty, "messages that failed for another reason than an unreadable body");
            Assert.That(leaking.Select(e => e.Queue), Is.Empty, "error-queue headers that repeat the input");
            Assert.That(type, Is.EqualTo(nameof(CdpNotificationAccepted)), "the hub stopped working");
            Assert.That(errors, Has.Count.EqualTo(Unreadable(publishers.Values)), "every message set aside was answered message.unreadable");
        });
    }

    /// <summary>Takes what an error queue holds; nothing when it does not exist (nothing failed there).</summary>
    private static async Task<List<(string Queue, IReadOnlyDictionary<string, object?> Headers)>> DrainAsync(IConnection admin, string queue)
    {
        var taken = new List<(string, IReadOnlyDictionary<string, object?>)>();
        await using var channel = await admin.CreateChannelAsync();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                taken.Add((queue, message.BasicProperties.Headers?.ToDictionary(h => h.Key, h => h.Value) ?? []));
            }
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // 404 NOT_FOUND: no such error queue yet.
        }

        return taken;
    }

    private static int Unreadable(IEnumerable<PartnerConnection> connections) => connections.Sum(c =>
        c.Received.Count(e => e["message"]?["code"]?.GetValue<string>() == Routing.Intake.UnreadableMessages.Code));

    private static string? Text(IReadOnlyDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString() : null;
}
