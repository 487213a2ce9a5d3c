using System.Reflection;
using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>
/// Writes and reads messages in MassTransit's envelope with its own System.Text.Json serializer, configured
/// as the host configures it: <c>cfg.ConfigureJsonSerializerOptions(o =&gt; ContractJson.Apply(o))</c>.
/// </summary>
internal static class MassTransitEnvelope
{
    private static readonly MethodInfo SerializeMethod =
        typeof(MassTransitEnvelope).GetMethod(nameof(Serialize), BindingFlags.NonPublic | BindingFlags.Static)!;

    static MassTransitEnvelope()
    {
        // What ConfigureJsonSerializerOptions does in MassTransit 8: the options are global to the process.
        SystemTextJsonMessageSerializer.Options = ContractJson.Apply(new JsonSerializerOptions(SystemTextJsonMessageSerializer.Options));
    }

    public static byte[] Write(object message) =>
        (byte[])SerializeMethod.MakeGenericMethod(message.GetType()).Invoke(null, [message])!;

    /// <summary>Reads the message of an envelope; throws when MassTransit cannot read it as <paramref name="messageType"/>.</summary>
    public static object Read(byte[] envelope, Type messageType)
    {
        var context = SystemTextJsonMessageSerializer.Instance.Deserialize(new BytesMessageBody(envelope), EmptyHeaders.Instance);
        return context.TryGetMessage(messageType, out var message) && message is not null
            ? message
            : throw new JsonException($"MassTransit found no {messageType.Name} in the envelope.");
    }

    private static byte[] Serialize<T>(T message)
        where T : class =>
        SystemTextJsonMessageSerializer.Instance.GetMessageBody(new MessageSendContext<T>(message)).GetBytes();
}
