namespace Ccapex.Hub.Journal;

/// <summary>The journal's signing key cannot be used; <see cref="Code"/> is stable, the message says what to do.</summary>
public sealed class JournalKeyException : Exception
{
    public const string Missing = "journal.key_missing";
    public const string NotPrivate = "journal.key_not_private";
    public const string Unreadable = "journal.key_unreadable";

    public JournalKeyException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public JournalKeyException()
        : this(Unreadable, "The journal signing key cannot be used.")
    {
    }

    public JournalKeyException(string message)
        : this(Unreadable, message)
    {
    }

    public JournalKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = Unreadable;
    }

    public string Code { get; }
}
