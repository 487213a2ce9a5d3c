using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Reads and writes <see cref="Euros"/> as a JSON number with at most two decimals.</summary>
public sealed class EurosJsonConverter : JsonConverter<Euros>
{
    public override Euros Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var amount))
        {
            throw new JsonException("An amount in euros must be a JSON number.");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new JsonException("An amount in euros has at most two decimals.");
        }

        return new Euros(amount);
    }

    public override void Write(Utf8JsonWriter writer, Euros value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Amount);
}
