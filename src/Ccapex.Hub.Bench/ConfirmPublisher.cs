using RabbitMQ.Client;

namespace Ccapex.Hub.Bench;

/// <summary>
/// Publishes persistent messages on one channel with publisher confirms, keeping up to a fixed number
/// awaiting their confirm: the client's own confirmation tracking, without its throttling.
/// </summary>
internal sealed class ConfirmPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly SemaphoreSlim _slots;
    private readonly int _inFlight;
    private Exception? _failure;
    private long _confirmed;

    private ConfirmPublisher(IConnection connection, IChannel channel, int inFlight)
    {
        _connection = connection;
        _channel = channel;
        _inFlight = inFlight;
        _slots = new SemaphoreSlim(inFlight, inFlight);
    }

    public long Confirmed => Interlocked.Read(ref _confirmed);

    public static async Task<ConfirmPublisher> ConnectAsync(Uri broker, string name, int inFlight)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = name };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true,
            publisherConfirmationTrackingEnabled: true,
            outstandingPublisherConfirmationsRateLimiter: null));
        return new ConfirmPublisher(connection, channel, inFlight);
    }

    public IChannel Channel => _channel;

    /// <summary>Returns once the message is handed to the client; its confirm is awaited in the background (see <see cref="DrainAsync"/>).</summary>
    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body)
    {
        if (_failure is { } failure)
        {
            throw new InvalidOperationException("A publish was not confirmed.", failure);
        }

        await _slots.WaitAsync();
        _ = AwaitConfirmAsync(_channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body));
    }

    /// <summary>Waits until every message published so far is confirmed.</summary>
    public async Task DrainAsync()
    {
        for (var i = 0; i < _inFlight; i++)
        {
            await _slots.WaitAsync();
        }

        _slots.Release(_inFlight);
        if (_failure is { } failure)
        {
            throw new InvalidOperationException("A publish was not confirmed.", failure);
        }
    }

    private async Task AwaitConfirmAsync(ValueTask publish)
    {
        try
        {
            await publish;
            Interlocked.Increment(ref _confirmed);
        }
#pragma warning disable CA1031 // Reported by the next PublishAsync or DrainAsync.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failure ??= exception;
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        _channel.Dispose();
        await _connection.CloseAsync();
        _connection.Dispose();
        _slots.Dispose();
    }
}
