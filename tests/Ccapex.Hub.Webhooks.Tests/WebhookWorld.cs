using System.Text;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using RabbitMQ.Client;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// One fixture's world: a virtual host of its own, an AMQP connection playing the hub's relay (it puts
/// envelopes in partner queues) and the operator, receivers per partner, and the worker's settings.
/// </summary>
internal sealed class WebhookWorld : IAsyncDisposable
{
    public static readonly byte[] CafSecret = Encoding.UTF8.GetBytes("caf-webhook-secret-0123456789abcdef-42");
    public static readonly byte[] DepartementSecret = Encoding.UTF8.GetBytes("departement-webhook-secret-fedcba9876543210");

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly List<RunningWorker> _workers = [];

    private WebhookWorld(BrokerFixture broker, IConnection connection, IChannel channel, Receiver caf, Receiver departement)
    {
        Broker = broker;
        _connection = connection;
        _channel = channel;
        Caf = caf;
        Departement = departement;
    }

    public BrokerFixture Broker { get; }

    public Receiver Caf { get; }

    public Receiver Departement { get; }

    public static async Task<WebhookWorld> StartAsync()
    {
        var broker = await BrokerFixture.StartAsync();
        var connection = await new ConnectionFactory { Uri = broker.AmqpUri, ClientProvidedName = "ccapex-webhooks-tests" }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new WebhookWorld(broker, connection, channel, await Receiver.StartAsync(CafSecret), await Receiver.StartAsync(DepartementSecret));
    }

    /// <summary>Settings registering the CAF (and the Département when asked) with short retry delays and three attempts.</summary>
    public List<string> Settings(bool withDepartement = false)
    {
        var settings = new List<string>
        {
            $"--Webhooks:RabbitMqUri={Broker.AmqpUri}",
            "--Webhooks:ShutdownTimeout=00:00:05",
            $"--Webhooks:Partners:CAF:Url={Caf.Url}",
            $"--Webhooks:Partners:CAF:Secret={Encoding.UTF8.GetString(CafSecret)}",
            "--Webhooks:Delivery:RetryDelay=00:00:00.020",
            "--Webhooks:Delivery:RetryMaxDelay=00:00:00.100",
            "--Webhooks:Delivery:AttemptTimeout=00:00:05",
            "--Webhooks:Delivery:TotalTimeout=00:01:00",
            "--Webhooks:Delivery:MaxAttempts=3",
            "--Webhooks:Delivery:BreakMinimumThroughput=100",
        };
        if (withDepartement)
        {
            settings.Add($"--Webhooks:Partners:DEPARTEMENT:Url={Departement.Url}");
            settings.Add($"--Webhooks:Partners:DEPARTEMENT:Secret={Encoding.UTF8.GetString(DepartementSecret)}");
        }

        return settings;
    }

    public async Task<RunningWorker> StartWorkerAsync(IEnumerable<string> settings)
    {
        var worker = await RunningWorker.StartAsync(settings);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>A six-month follow-up request with a fresh id, as the dossier saga would send it.</summary>
    public static RequestSixMonthFollowUp FollowUp() => SampleMessages.RequestSixMonthFollowUp() with { MessageId = Guid.NewGuid() };

    /// <summary>Puts <paramref name="message"/> in the partner's queue in a MassTransit envelope, as the outbox relay does.</summary>
    public async Task SendEnvelopeAsync(PartnerCode partner, RequestSixMonthFollowUp message)
    {
        var queue = BrokerNames.PartnerQueue(partner);
        await DeclareAsync(queue);
        var envelope = new Dictionary<string, object?>
        {
            ["messageId"] = message.MessageId,
            ["destinationAddress"] = $"rabbitmq://localhost/{queue}",
            ["messageType"] = new[] { $"urn:message:Ccapex.Hub.Contracts:{nameof(RequestSixMonthFollowUp)}" },
            ["message"] = JsonSerializer.SerializeToElement(message, ContractJson.Options),
            ["sentTime"] = DateTimeOffset.UtcNow,
        };
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = message.MessageId.ToString(), Persistent = true };
        await _channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, JsonSerializer.SerializeToUtf8Bytes(envelope));
    }

    /// <summary>A fresh follow-up (<see cref="FollowUp"/>) put in the partner's queue; returns it.</summary>
    public async Task<RequestSixMonthFollowUp> SendFollowUpAsync(PartnerCode partner)
    {
        var message = FollowUp();
        await SendEnvelopeAsync(partner, message);
        return message;
    }

    /// <summary>Puts a bare JSON body in the partner's queue, with its type in the AMQP type property.</summary>
    public async Task SendRawAsync(PartnerCode partner, string messageId, string type, byte[] body)
    {
        var queue = BrokerNames.PartnerQueue(partner);
        await DeclareAsync(queue);
        var properties = new BasicProperties { ContentType = "application/json", MessageId = messageId, Type = type, Persistent = true };
        await _channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body);
    }

    /// <summary>Ready messages and consumers of a queue (0, 0 when it does not exist yet).</summary>
    public async Task<(uint Messages, uint Consumers)> CountAsync(string queue)
    {
        var ok = await DeclareAsync(queue);
        return (ok.MessageCount, ok.ConsumerCount);
    }

    public async Task DeleteQueueAsync(string queue) => await _channel.QueueDeleteAsync(queue);

    public static string Inbox(PartnerCode partner) => BrokerNames.PartnerQueue(partner);

    public static string Parked(PartnerCode partner) => PartnerEndpoint.ParkedQueueOf(partner);

    /// <summary>Ready messages in the partner's parked queue.</summary>
    public async Task<uint> ParkedCountAsync(PartnerCode partner) => (await CountAsync(Parked(partner))).Messages;

    /// <summary>Waits until the partner's parked queue holds <paramref name="count"/> messages.</summary>
    public Task WaitParkedAsync(PartnerCode partner, uint count = 1) =>
        Eventually.Until(async () => await ParkedCountAsync(partner) == count, () => $"{partner}: {count} message(s) expected parked");

    /// <summary>Runs an operator command in process, as `./hub webhooks ...` does: exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await OperatorCommand.RunAsync([.. args, $"--Webhooks:RabbitMqUri={Broker.AmqpUri}"], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await Caf.DisposeAsync();
        await Departement.DisposeAsync();
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
        await Broker.DisposeAsync();
    }

    private async Task<QueueDeclareOk> DeclareAsync(string queue) =>
        await _channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
}
