namespace Ccapex.Hub.Journal;

/// <summary>What a journal row records.</summary>
public static class JournalKinds
{
    /// <summary>A partner's message came in, accepted or refused (its outcome code says which).</summary>
    public const string In = "in";

    /// <summary>A message to a partner was written to the outbox, with the state change that caused it.</summary>
    public const string Out = "out";

    /// <summary>The broker confirmed a message the outbox relay handed it (when handed, when confirmed).</summary>
    public const string Sent = "sent";

    /// <summary>A partner's webhook answered a delivery with a 2xx.</summary>
    public const string WebhookDelivered = "webhook";
}
