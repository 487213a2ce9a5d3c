using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Host;

/// <summary>The <see cref="MessageRejected"/> receipts the hub sends, built one way for every flow.</summary>
public static class Rejections
{
    public const string ValidationFailed = "validation.failed";

    public static MessageRejected ForInvalidFields(IPartnerMessage message, IReadOnlyList<FieldError> errors, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new MessageRejected
        {
            MessageId = NewId.NextGuid(),
            SentAt = timeProvider.GetUtcNow(),
            InReplyTo = message.MessageId,
            MessageType = message.GetType().Name,
            Code = ValidationFailed,
            Reason = $"The {message.GetType().Name} message has {errors.Count} invalid field(s): {string.Join(", ", errors.Select(e => e.Field).Distinct())}. Nothing was recorded.",
            Errors = errors,
        };
    }
}
