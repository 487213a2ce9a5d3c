using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>A message as partners write it on a raw JSON edge, with <see cref="ContractJson.Options"/>.</summary>
internal static class ContractPayload
{
    public static JsonObject Of(object message) =>
        JsonSerializer.SerializeToNode(message, message.GetType(), ContractJson.Options)!.AsObject();

    public static object? Read(JsonNode? payload, Type messageType) => payload.Deserialize(messageType, ContractJson.Options);

    public static bool AreEqual(object expected, object actual) => JsonNode.DeepEquals(Of(expected), Of(actual));
}
