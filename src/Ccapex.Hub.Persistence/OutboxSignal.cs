using System.Threading.Channels;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Tells the relay, in process, that outbox rows were just committed, so a saga's messages leave
/// at once instead of at the next poll. Signals coalesce: many commits wake the relay once.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when a signal is (or already was) raised, consuming it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (!_channel.Reader.TryRead(out _))
        {
            await _channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
