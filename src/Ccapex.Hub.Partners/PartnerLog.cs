using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners;

/// <summary>The partner workers' shared log events: fixed ids, no personal data (ids and codes only).</summary>
internal static partial class PartnerLog
{
    [LoggerMessage(3000, LogLevel.Information, "{Partner} worker ready: consuming {Queue} on {HostAddress}, answering to {Destination}")]
    public static partial void Ready(this ILogger logger, PartnerCode partner, string queue, Uri hostAddress, string destination);

    [LoggerMessage(3001, LogLevel.Information, "{Partner} worker stopping: finishing the deliveries in hand")]
    public static partial void Stopping(this ILogger logger, PartnerCode partner);

    [LoggerMessage(3002, LogLevel.Error, "{Partner} worker could not start its bus")]
    public static partial void StartFailed(this ILogger logger, PartnerCode partner, Exception exception);

    [LoggerMessage(3003, LogLevel.Information, "{Partner} worker stopped: its bus is closed")]
    public static partial void Stopped(this ILogger logger, PartnerCode partner);

    [LoggerMessage(3004, LogLevel.Error, "{Partner} worker's bus failed to stop cleanly: unacknowledged deliveries will be redelivered")]
    public static partial void StopFailed(this ILogger logger, PartnerCode partner, Exception exception);

    [LoggerMessage(3010, LogLevel.Information, "Six-month follow-up {FollowUpId} of dossier {DossierId} answered: {Situation}")]
    public static partial void FollowUpAnswered(this ILogger logger, Guid dossierId, Guid followUpId, FollowUpSituation situation);

    [LoggerMessage(3011, LogLevel.Warning, "Six-month follow-up {FollowUpId} is addressed to {Addressee}, not {Partner}: ignored")]
    public static partial void FollowUpNotOurs(this ILogger logger, Guid followUpId, PartnerCode addressee, PartnerCode partner);

    [LoggerMessage(3020, LogLevel.Debug, "Hub accepted {InReplyTo} ({Flow}) on dossier {DossierId}, duplicate {Duplicate}")]
    public static partial void Accepted(this ILogger logger, Guid inReplyTo, string flow, Guid dossierId, bool duplicate);

    [LoggerMessage(3021, LogLevel.Warning, "Hub refused {MessageType} {InReplyTo}: {Code} {Reason}")]
    public static partial void Rejected(this ILogger logger, string messageType, Guid? inReplyTo, string code, string reason);

    [LoggerMessage(3022, LogLevel.Information, "{MessageType} {MessageId} received: kept for the partner's staff, nothing automated")]
    public static partial void KeptForStaff(this ILogger logger, string messageType, Guid? messageId);
}
