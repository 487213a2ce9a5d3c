namespace Ccapex.Hub.Testing;

/// <summary>One generated input: the bytes a partner sends, for a message type, and what was done to them.</summary>
public sealed record HostileInput(Type MessageType, byte[] Body, string Description)
{
    /// <summary>Put in every text a generator writes: an error header, log line or refusal that echoes it leaks a value.</summary>
    public const string Marker = "Zorglub";

    public override string ToString() => $"{MessageType.Name}: {Description}";
}
