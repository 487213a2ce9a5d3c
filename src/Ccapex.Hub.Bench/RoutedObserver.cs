using System.Diagnostics;
using System.Text.Json;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Ccapex.Hub.Bench;

/// <summary>
/// The partners' side: reads what the hub routes to the DRIHL (the CDP itself, F1), the letter service (F2),
/// the CAF (listings, F3) and the bailiffs (receipts). A CDP counts as routed when its DRIHL copy arrives;
/// the arrival time of each is kept against its sequence number.
/// </summary>
internal sealed class RoutedObserver : IAsyncDisposable
{
    public static readonly string DrihlQueue = BrokerNames.PartnerQueue(PartnerCode.Drihl);
    public static readonly string LetterQueue = BrokerNames.PartnerQueue(PartnerCode.LetterService);
    public static readonly string CafQueue = BrokerNames.PartnerQueue(PartnerCode.Caf);
    public static readonly string ReceiptQueue = BrokerNames.PartnerQueue(PartnerCode.Huissiers);

    private readonly IConnection _connection;
    private readonly CdpFactory _cdps;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _consumers = [];
    private readonly List<IChannel> _channels = [];
    private long _routed;
    private long _drihlDeliveries;
    private long _letters;
    private long _receipts;
    private long _listings;
    private long _listedHouseholds;
    private long _lastArrival;
    private int _unrecognised;

    private RoutedObserver(IConnection connection, CdpFactory cdps)
    {
        _connection = connection;
        _cdps = cdps;
    }

    /// <summary>Arrival time of each CDP's DRIHL copy, by sequence number.</summary>
    public TimeLog Arrivals { get; } = new();

    /// <summary>Distinct CDPs whose DRIHL copy arrived.</summary>
    public long Routed => Interlocked.Read(ref _routed);

    public long DrihlDeliveries => Interlocked.Read(ref _drihlDeliveries);

    public long Letters => Interlocked.Read(ref _letters);

    public long Receipts => Interlocked.Read(ref _receipts);

    public long Listings => Interlocked.Read(ref _listings);

    public long ListedHouseholds => Interlocked.Read(ref _listedHouseholds);

    /// <summary>Stopwatch timestamp of the latest DRIHL arrival.</summary>
    public long LastArrival => Interlocked.Read(ref _lastArrival);

    public static async Task<RoutedObserver> StartAsync(Uri vhost, CdpFactory cdps)
    {
        var factory = new ConnectionFactory { Uri = vhost, ClientProvidedName = "ccapex-bench-partners" };
        var observer = new RoutedObserver(await factory.CreateConnectionAsync(), cdps);
        observer._consumers.Add(observer.ConsumeWhenDeclaredAsync(DrihlQueue, observer.OnDrihl));
        observer._consumers.Add(observer.ConsumeWhenDeclaredAsync(LetterQueue, _ => Interlocked.Increment(ref observer._letters)));
        observer._consumers.Add(observer.ConsumeWhenDeclaredAsync(ReceiptQueue, _ => Interlocked.Increment(ref observer._receipts)));
        observer._consumers.Add(observer.ConsumeWhenDeclaredAsync(CafQueue, observer.OnCafListing));
        return observer;
    }

    private void OnDrihl(ReadOnlyMemory<byte> body)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _drihlDeliveries);
        var seq = _cdps.SeqOf(body.Span);
        if (seq < 0 && Interlocked.Exchange(ref _unrecognised, 1) == 0)
        {
            Progress.Warn($"a DRIHL delivery without this run's act reference: {System.Text.Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, 600)])}");
        }

        if (seq >= 0 && Arrivals.TrySet(seq, now))
        {
            Interlocked.Increment(ref _routed);
            Interlocked.Exchange(ref _lastArrival, now);
        }
    }

    private void OnCafListing(ReadOnlyMemory<byte> body)
    {
        Interlocked.Increment(ref _listings);
        using var envelope = JsonDocument.Parse(body);
        var message = envelope.RootElement.TryGetProperty("message", out var m) ? m : envelope.RootElement;
        if (message.TryGetProperty("households", out var households) && households.ValueKind == JsonValueKind.Array)
        {
            Interlocked.Add(ref _listedHouseholds, households.GetArrayLength());
        }
    }

    /// <summary>The hub declares a partner's queue on its first send to it: wait for it, then consume (automatic acks).</summary>
    private async Task ConsumeWhenDeclaredAsync(string queue, Action<ReadOnlyMemory<byte>> handle)
    {
        while (!_stop.IsCancellationRequested)
        {
            var probe = await _connection.CreateChannelAsync();
            try
            {
                await probe.QueueDeclarePassiveAsync(queue);
                break;
            }
            catch (OperationInterruptedException notYet) when (notYet.ShutdownReason?.ReplyCode == 404)
            {
                try
                {
                    await Task.Delay(100, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            finally
            {
                probe.Dispose();
            }
        }

        if (_stop.IsCancellationRequested)
        {
            return;
        }

        var channel = await _connection.CreateChannelAsync();
        lock (_channels)
        {
            _channels.Add(channel);
        }

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            handle(delivery.Body);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_consumers);
        foreach (var channel in _channels)
        {
            await channel.CloseAsync();
            channel.Dispose();
        }

        await _connection.CloseAsync();
        _connection.Dispose();
        _stop.Dispose();
    }
}
