using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>
/// Sends the valid lines of a batch, each on its own: a refused or unsent line never holds back the others, and
/// no line is sent twice within a batch. Receipts are awaited until one shared deadline, so a large batch does
/// not wait the receipt time once per line. Once the broker fails to confirm one line, the lines not yet started
/// are reported unsent at once rather than each waiting out the send timeout.
/// </summary>
public sealed partial class CdpBatchSubmitter(ICdpSubmitter submitter, TimeProvider clock, ILogger<CdpBatchSubmitter> logger)
{
    public const string BrokerUnavailable = "broker.unavailable";

    /// <summary>Sends in flight at once: enough to hide the broker's confirm latency, few enough not to flood it.</summary>
    public const int Parallelism = 8;

    public async Task<IReadOnlyList<CdpLineOutcome>> SubmitAsync(IReadOnlyList<CdpBatchLine> lines, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var outcomes = new CdpLineOutcome[lines.Count];
        var deadline = clock.GetUtcNow() + receiptWait;
        var brokerDown = new StrongBox<bool>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, lines.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, token) => outcomes[i] = await SubmitLineAsync(lines[i], deadline, brokerDown, token).ConfigureAwait(false)).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<CdpLineOutcome> SubmitLineAsync(CdpBatchLine line, DateTimeOffset deadline, StrongBox<bool> brokerDown, CancellationToken cancellationToken)
    {
        var outcome = new CdpLineOutcome { Line = line.Line, Index = line.Index, ActReference = line.ActReference, Status = CdpLineStatus.Invalid, Errors = line.Errors };
        if (line.Message is not { } message)
        {
            return outcome;
        }

        outcome = outcome with { MessageId = message.MessageId };
        if (Volatile.Read(ref brokerDown.Value))
        {
            return Unsent(outcome);
        }

        try
        {
            var wait = deadline - clock.GetUtcNow();
            var submission = await submitter.SubmitAsync(message, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            return Describe(outcome, submission);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnsent(failure, message.MessageId, message.ActReference);
            Volatile.Write(ref brokerDown.Value, true);
            return Unsent(outcome);
        }
    }

    private static CdpLineOutcome Unsent(CdpLineOutcome outcome) => outcome with
    {
        Status = CdpLineStatus.Unsent,
        Code = BrokerUnavailable,
        Reason = "The broker did not confirm the notification; send it again (it will be recognised if it did arrive).",
    };

    private static CdpLineOutcome Describe(CdpLineOutcome outcome, CdpSubmission submission) => submission switch
    {
        { Receipt: { } receipt } => outcome with
        {
            Status = CdpLineStatus.Accepted,
            DossierId = receipt.DossierId,
            NotificationRequired = receipt.NotificationRequired,
            Duplicate = receipt.Duplicate,
        },
        { Rejection: { } rejection } => outcome with
        {
            Status = CdpLineStatus.Rejected,
            Code = rejection.Code,
            Reason = rejection.Reason,
            Errors = rejection.Errors,
        },
        _ => outcome with { Status = CdpLineStatus.Queued },
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "CDP {MessageId} (act {ActReference}) was not confirmed by the broker")]
    private partial void LogUnsent(Exception failure, Guid messageId, string actReference);
}
