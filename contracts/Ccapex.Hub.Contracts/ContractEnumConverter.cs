using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>
/// Reads and writes a contract enum as one of its member names, spelt exactly as declared. Unlike
/// <see cref="JsonStringEnumConverter{TEnum}"/>, it refuses numbers ("stage": 42), numeric strings and
/// comma-separated combinations ("Rehoused, NoContact"), which would let an undefined value into the hub.
/// </summary>
public sealed class ContractEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<TEnum>();
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TEnum).Name} must be a JSON string, one of: {string.Join(", ", Names)}.");
        }

        var name = reader.GetString();
        var index = Array.IndexOf(Names, name);
        return index >= 0
            ? Values[index]
            // The value is not repeated: it is the sender's text, and a refusal or an error header must not echo it.
            : throw new JsonException($"Unknown {typeof(TEnum).Name}. Known values: {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(Names[index]);
    }
}
