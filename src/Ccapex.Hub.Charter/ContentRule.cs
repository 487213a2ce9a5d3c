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

    /// <summary>Reads the discriminating field of a message, as the contract's JSON spells it.</summary>
    public required Func<object, string?> ValueOf { get; init; }

    public required IReadOnlyList<ContentCase> Cases { get; init; }

    /// <summary>Fields (JSON names) that only some values may carry, each with how to tell whether a message sets it.</summary>
    public required IReadOnlyDictionary<string, Func<object, bool>> GuardedFields { get; init; }

    /// <summary>Null when the sender may send this content; else the stable code and a reason without personal data.</summary>
    public ContentRefusal? Check(IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var value = ValueOf(message);
        var rule = Cases.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.Ordinal));
        var type = message.GetType().Name;
        if (rule is null || !rule.Senders.Contains(message.Sender.Role))
        {
            var allowed = rule is null ? "nobody" : string.Join(", ", rule.Senders);
            return new ContentRefusal(ContentRefusal.ContentNotAllowed,
                $"{message.Sender} may not send {type} with {Field} '{value}': the charter rules allow {allowed}.");
        }

        foreach (var (field, isSet) in GuardedFields.Where(g => !rule.Fields.Contains(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (isSet(message))
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
