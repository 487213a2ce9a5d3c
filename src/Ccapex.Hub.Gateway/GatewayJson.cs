using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway;

/// <summary>Parsing request bodies with the contracts' rules; a fault names the field, as the hub's own validation does.</summary>
internal static class GatewayJson
{
    public static JsonDocument? Parse(byte[] body, out string? malformed)
    {
        try
        {
            malformed = null;
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException invalid)
        {
            malformed = $"The body is not valid JSON: {invalid.Message}";
            return null;
        }
    }

    /// <summary>The message, or null with the field at fault ("household.size") and what was expected there.</summary>
    public static T? Read<T>(JsonElement item, out FieldError error)
        where T : class
    {
        try
        {
            var message = item.Deserialize<T>(ContractJson.Options);
            error = new FieldError { Field = "$", Code = ProblemCodes.JsonInvalid, Message = $"A {typeof(T).Name} is a JSON object, not null." };
            return message;
        }
        catch (JsonException invalid)
        {
            var field = invalid.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
            error = new FieldError { Field = field, Code = ProblemCodes.JsonInvalid, Message = invalid.Message };
            return null;
        }
    }
}
