using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Bench;

/// <summary>What the broker does without the hub, on the same node, on a virtual host and queue of its own.</summary>
/// <param name="BrokerCpuMsPerMessage">CPU of the broker's processes per message over the measured run; NaN without a local broker.</param>
/// <param name="BenchCpuMsPerMessage">CPU of the bench (publisher and consumer) per message over the measured run.</param>
internal sealed record BaselineResult(
    int Messages, int BodyBytes, double MessagesPerSecond, double PublishedPerSecond, double BrokerCpuMsPerMessage, double BenchCpuMsPerMessage);

/// <summary>
/// Raw RabbitMQ.Client: a durable queue, persistent messages, publisher confirms with up to 100 publishes in
/// flight, one consumer with manual acks and prefetch 100, about 500-byte JSON bodies.
/// </summary>
internal static class Baseline
{
    private const string Queue = "ccapex.bench.baseline";

    public static async Task<BaselineResult> RunAsync(Uri vhost, int messages, int inFlight)
    {
        var body = Body();
        await using var publisher = await ConfirmPublisher.ConnectAsync(vhost, "ccapex-bench-baseline-publisher", inFlight);
        await publisher.Channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);

        var factory = new ConnectionFactory { Uri = vhost, ClientProvidedName = "ccapex-bench-baseline-consumer" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.BasicQosAsync(0, 100, global: false);
        long received = 0;
        long target = long.MaxValue;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) >= Interlocked.Read(ref target))
            {
                done.TrySetResult();
            }
        };
        await channel.BasicConsumeAsync(Queue, autoAck: false, consumer);

        // A short warm-up (JIT, TCP windows), then the measured run.
        var warmup = Math.Min(5_000, Math.Max(500, messages / 20));
        await PublishAsync(publisher, body, warmup);
        await WaitForAsync(() => Interlocked.Read(ref received) >= warmup, TimeSpan.FromMinutes(1));

        Interlocked.Exchange(ref target, warmup + messages);
        var brokerCpu = ProcessCpu.Broker();
        var benchCpu = ProcessCpu.Bench();
        var clock = Stopwatch.StartNew();
        using var ticker = new Timer(_ => Progress.Line(
            $"baseline: {Interlocked.Read(ref received) - warmup:N0}/{messages:N0} consumed"), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        await PublishAsync(publisher, body, messages);
        var published = clock.Elapsed;
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var elapsed = clock.Elapsed;
        var brokerMs = brokerCpu.Next().TotalMilliseconds;
        var benchMs = benchCpu.Next().TotalMilliseconds;
        await channel.QueueDeleteAsync(Queue);
        return new BaselineResult(messages, body.Length, messages / elapsed.TotalSeconds, messages / published.TotalSeconds,
            brokerCpu.Processes == 0 ? double.NaN : brokerMs / messages, benchMs / messages);
    }

    private static async Task PublishAsync(ConfirmPublisher publisher, byte[] body, int count)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        for (var i = 0; i < count; i++)
        {
            await publisher.PublishAsync(string.Empty, Queue, properties, body);
        }

        await publisher.DrainAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException("The baseline consumer did not receive the warm-up messages.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A JSON body of about 500 bytes, shaped like a small partner message.</summary>
    private static byte[] Body()
    {
        var json = new StringBuilder("""{"messageId":"0f8fad5b-d9cb-469f-a165-70867728950e","sentAt":"2025-01-14T09:30:00+01:00","sender":"HUISSIERS","actReference":"CDP-2025-000417","household":{"tenants":[{"lastName":"Benali","firstName":"Karima"}],"address":{"street":"14 rue Ordener","postalCode":"75018","city":"Paris"},"size":4},"monthlyRent":850.00,"arrearsAmount":2911.50,"note":""");
        json.Append('"');
        while (json.Length < 498)
        {
            json.Append('x');
        }

        json.Append("\"}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
