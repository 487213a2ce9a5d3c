using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Partners.Caf;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// The CAF worker alone on a virtual host of its own, without the hub: the test plays the hub, delivering
/// envelopes to ccapex.caf.in and reading what the worker sends from queues it binds where the hub would listen.
/// </summary>
internal sealed class LoneCafWorker : IAsyncDisposable
{
    private readonly BrokerFixture _broker;
    private readonly string _folder;
    private readonly IConnection _connection;
    private IHost? _worker;

    private LoneCafWorker(BrokerFixture broker, string folder, IConnection connection, IChannel channel)
    {
        _broker = broker;
        _folder = folder;
        _connection = connection;
        Channel = channel;
    }

    public IChannel Channel { get; }

    public static async Task<LoneCafWorker> CreateAsync()
    {
        var broker = await BrokerFixture.StartAsync();
        var folder = Directory.CreateTempSubdirectory("ccapex-lone-caf-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "allocataires.csv"), Extracts.Utf8());
        var connection = await new ConnectionFactory { Uri = broker.AmqpUri }.CreateConnectionAsync();
        return new LoneCafWorker(broker, folder, connection, await connection.CreateChannelAsync());
    }

    /// <summary>A queue of the test's own bound to <paramref name="exchange"/>, declared as the hub or the partner-exchange change does.</summary>
    public async Task<string> ListenAsync(string exchange, string type, string routingKey)
    {
        await Channel.ExchangeDeclareAsync(exchange, type, durable: true, autoDelete: false);
        var queue = (await Channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true)).QueueName;
        await Channel.QueueBindAsync(queue, exchange, routingKey);
        return queue;
    }

    public async Task StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = CafWorker.Create([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:RabbitMq:Uri"] = _broker.AmqpUri.ToString(),
            ["Caf:ExtractFile"] = Path.Combine(_folder, "allocataires.csv"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        services?.Invoke(builder.Services);
        _worker = builder.Build();
        await _worker.StartAsync();
    }

    /// <summary>Delivers the message to ccapex.caf.in in a MassTransit envelope, as the hub's relay does.</summary>
    public async Task DeliverAsync<T>(T message)
        where T : IPartnerMessage
    {
        var envelope = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["messageId"] = message.MessageId,
            ["messageType"] = new JsonArray($"urn:message:{typeof(T).Namespace}:{typeof(T).Name}"),
            ["message"] = JsonSerializer.SerializeToNode(message, ContractJson.Options),
        });
        await Channel.BasicPublishAsync(new PartnerIdentity(PartnerCode.Caf).Queue, string.Empty, false,
            new BasicProperties { ContentType = "application/vnd.masstransit+json" }, envelope);
    }

    /// <summary>Takes <paramref name="count"/> messages from the queue, waiting for them.</summary>
    public async Task<IReadOnlyList<BasicGetResult>> TakeAsync(string queue, int count)
    {
        var taken = new List<BasicGetResult>();
        await Eventually.Until(async () =>
        {
            if (await Channel.BasicGetAsync(queue, autoAck: true) is { } got)
            {
                taken.Add(got);
            }

            return taken.Count >= count;
        }, () => $"{taken.Count} of {count} messages reached {queue}");
        return taken;
    }

    /// <summary>How many messages wait in a queue; null when the queue was never declared.</summary>
    public Task<uint?> MessagesInAsync(string queue) => QueueDepth.MessagesInAsync(_connection, queue);

    public static T Read<T>(BasicGetResult delivery) => JsonNode.Parse(delivery.Body.Span)!["message"]!.Deserialize<T>(ContractJson.Options)!;

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync();
            _worker.Dispose();
        }

        await Channel.CloseAsync();
        await _connection.CloseAsync();
        Channel.Dispose();
        _connection.Dispose();
        await _broker.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
