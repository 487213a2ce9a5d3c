using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>
/// A partner message sent to the hub's intake as a request, so the hub answers to this process. Completes once the
/// broker confirmed the send and the answer came, or the wait ran out (the message then stays queued, never lost).
/// </summary>
public static class IntakeRequest
{
    public static async Task<(TReceipt? Receipt, MessageRejected? Rejection)> SendAsync<T, TReceipt>(
        IRequestClient<T> client, T message, TimeSpan receiptWait, CancellationToken cancellationToken)
        where T : class, IPartnerMessage
        where TReceipt : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(message);
        using var request = client.Create(message, cancellationToken);
        request.UseExecute(send =>
        {
            send.MessageId = message.MessageId;

            // A request gets its timeout as time-to-live: the message would expire in the queue if the hub
            // were down longer than that. It must stay until the hub reads it.
            send.TimeToLive = null;
        });
        var accepted = request.GetResponse<TReceipt>(readyToSend: false);
        var rejected = request.GetResponse<MessageRejected>();
        Observe(accepted);
        Observe(rejected);

        // Completes once the broker confirmed the send; throws (timeout, connection) when it did not.
        await request.Message.ConfigureAwait(false);

        await Task.WhenAny(accepted, rejected, Task.Delay(receiptWait, cancellationToken)).ConfigureAwait(false);
        return (accepted.IsCompletedSuccessfully ? accepted.Result.Message : null,
            rejected.IsCompletedSuccessfully ? rejected.Result.Message : null);
    }

    // The response not chosen, or both when the wait ran out, fault when the request is disposed: nobody awaits them.
    private static void Observe(Task task) =>
        task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
