using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Writes a handled message as <c>{"Sender":…,"Id":…}</c>; reads that, or the bare id a dossier stored before ids
/// were scoped by sender (an unscoped entry), so that a row written before the upgrade still knows its messages.
/// </summary>
public sealed class HandledMessageJsonConverter : JsonConverter<HandledMessage>
{
    public override HandledMessage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new HandledMessage(string.Empty, reader.GetGuid());
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A handled message is an object or an id, not {reader.TokenType}.");
        }

        string? sender = null;
        Guid? id = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "Sender", StringComparison.OrdinalIgnoreCase))
            {
                sender = reader.GetString();
            }
            else if (string.Equals(name, "Id", StringComparison.OrdinalIgnoreCase))
            {
                id = reader.GetGuid();
            }
            else
            {
                reader.Skip();
            }
        }

        return new HandledMessage(sender ?? string.Empty, id ?? throw new JsonException("A handled message has no Id."));
    }

    public override void Write(Utf8JsonWriter writer, HandledMessage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("Sender", value.Sender);
        writer.WriteString("Id", value.Id);
        writer.WriteEndObject();
    }
}
