using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// Checks one kind of partner message against the rules the JSON schema cannot express
/// (allowed sender, ranges, formats, dates). One implementation per flow; the host resolves
/// them by message type, so a new flow adds a validator and nothing else changes.
/// </summary>
/// <typeparam name="TMessage">The message type this validator checks.</typeparam>
public interface IMessageValidator<in TMessage>
    where TMessage : class
{
    /// <summary>Every fault found, in field order; empty when the message is valid.</summary>
    IReadOnlyList<FieldError> Validate(TMessage message);
}
