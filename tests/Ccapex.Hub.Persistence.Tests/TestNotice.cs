namespace Ccapex.Hub.Persistence.Tests;

/// <summary>What the test saga sends through the outbox.</summary>
public sealed record TestNotice
{
    public required Guid DossierId { get; init; }

    public required string Text { get; init; }

    public const string Queue = "test-notices";

    public static OutboxEntry Entry(Guid messageId, Guid dossierId, string text, DateTimeOffset? dueAt = null, string? cancelKey = null,
        string destination = "queue:" + Queue) => new()
        {
            MessageId = messageId,
            Destination = destination,
            MessageType = typeof(TestNotice),
            Body = System.Text.Json.JsonSerializer.Serialize(new TestNotice { DossierId = dossierId, Text = text }, System.Text.Json.JsonSerializerOptions.Web),
            DueAt = dueAt,
            CorrelationId = dossierId,
            CancelKey = cancelKey,
        };
}
