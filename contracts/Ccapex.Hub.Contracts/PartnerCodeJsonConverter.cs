using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Reads and writes a <see cref="PartnerCode"/> as its code string.</summary>
public sealed class PartnerCodeJsonConverter : JsonConverter<PartnerCode>
{
    public override PartnerCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A partner code must be a JSON string.");
        }

        var code = reader.GetString();
        return PartnerCode.TryParse(code, out var partner)
            ? partner
            : throw new JsonException("Unknown partner code."); // not repeated: the sender's text
    }

    public override void Write(Utf8JsonWriter writer, PartnerCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
