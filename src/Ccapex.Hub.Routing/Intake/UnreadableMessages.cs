using System.Runtime.Serialization;
using System.Text.Json;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>What tells a body the contract serializer could not read from any other fault.</summary>
public static class UnreadableMessages
{
    public const string Code = "message.unreadable";

    /// <summary>
    /// The serializer's own faults (not JSON, missing or mistyped members, too deep, a bad id or date) and those of
    /// the contracts' converters: the same every time, so never retried, and answered with <see cref="Code"/>.
    /// </summary>
    public static bool IsUnreadable(Exception exception) => exception switch
    {
        JsonException or SerializationException => true,
        FormatException or InvalidOperationException or ArgumentException or OverflowException => exception.Source == "System.Text.Json",
        _ => false,
    };
}
