namespace Ccapex.Hub.Validation;

/// <summary>The text checks of <see cref="ContractTextChecker"/> as the validator of one message type, for the hub's intake.</summary>
public sealed class ContractTextValidator<TMessage> : IMessageValidator<TMessage>
    where TMessage : class
{
    public IReadOnlyList<Contracts.FieldError> Validate(TMessage message) => ContractTextChecker.Validate(message);
}
