namespace Ccapex.Hub.Charter;

/// <summary>The rules file is invalid; the message names every faulty line, so the host refuses to start.</summary>
public sealed class CharterRulesException : Exception
{
    public CharterRulesException(string source, IReadOnlyList<string> errors)
        : base($"The charter rules in {source} are invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public CharterRulesException()
    {
        Errors = [];
    }

    public CharterRulesException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public CharterRulesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
