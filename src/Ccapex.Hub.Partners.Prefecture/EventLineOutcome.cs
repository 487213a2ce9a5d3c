namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>What became of one line, as the report shows it.</summary>
public sealed record EventLineOutcome
{
    public const string SentStatus = "sent";
    public const string RefusedStatus = "refused";

    public required int Line { get; init; }

    public required string Status { get; init; }

    public string? MessageType { get; init; }

    public Guid? MessageId { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }

    public static EventLineOutcome From(PrefectureEventLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Message is { } message
            ? new EventLineOutcome { Line = line.Line, Status = SentStatus, MessageType = message.GetType().Name, MessageId = message.MessageId }
            : new EventLineOutcome { Line = line.Line, Status = RefusedStatus, Code = line.Code, Message = line.Error };
    }
}
