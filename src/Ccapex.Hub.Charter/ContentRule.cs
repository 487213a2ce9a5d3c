using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Authority per content, not per message type (issue 10): a flow whose message carries a discriminating field
/// (F15's stage) says, for each of its values, which partners may send it and which of the guarded fields it may
/// carry. Only the Préfecture decides a CFP; the bailiffs report the judgment and its payment delays.
/// </summary>
public sealed record ContentRule
{
    /// <summary>The discriminating field's JSON name ("stage").</summary>
    public required string Field { get; init; }

    public required IReadOnlyList<ContentCase> Cases { get; init; }

    /// <summary>Fields (JSON names) that only some values may carry: the union of every case's fields.</summary>
    public IReadOnlySet<string> GuardedFields => Cases.SelectMany(c => c.Fields).ToHashSet(StringComparer.Ordinal);

    /// <summary>Null when the sender may send this content; else the stable code and a reason without personal data.</summary>
    public ContentRefusal? Check(IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonSerializer.SerializeToElement(message, message.GetType(), ContractJson.Options);
        var value = body.TryGetProperty(Field, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        var rule = Cases.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.Ordinal));
        var type = message.GetType().Name;
        if (rule is null || !rule.Senders.Contains(message.Sender))
        {
            var allowed = rule is null ? "nobody" : string.Join(", ", rule.Senders);
            return new ContentRefusal(ContentRefusal.ContentNotAllowed,
                $"{message.Sender} may not send {type} with {Field} '{value}': the charter rules allow {allowed}.");
        }

        foreach (var field in GuardedFields.Where(f => !rule.Fields.Contains(f)).Order(StringComparer.Ordinal))
        {
            if (body.TryGetProperty(field, out var set) && set.ValueKind != JsonValueKind.Null)
            {
                return new ContentRefusal(ContentRefusal.FieldNotAllowed,
                    $"{type} with {Field} '{value}' may not carry '{field}' (only {Describe(field)}).");
            }
        }

        return null;
    }

    private string Describe(string field) =>
        string.Join(" or ", Cases.Where(c => c.Fields.Contains(field)).Select(c => $"{Field} '{c.Value}' from {string.Join(", ", c.Senders)}"));
}
