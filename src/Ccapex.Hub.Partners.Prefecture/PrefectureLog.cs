using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>The Préfecture worker's log events: file names and counts, never a household.</summary>
internal static partial class PrefectureLog
{
    [LoggerMessage(3200, LogLevel.Information, "Event batch {Name}: {Lines} line(s), {Sent} sent, {Refused} refused")]
    public static partial void BatchHandled(this ILogger logger, string name, int lines, int sent, int refused);

    [LoggerMessage(3201, LogLevel.Error, "Sending the Préfecture's events failed; the batch is offered again at the next scan")]
    public static partial void PumpFailed(this ILogger logger, Exception failure);
}
