using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// Collects field errors while a validator walks a message, with the few checks every flow
/// repeats (required text, digit strings), so that each validator reads as its list of rules.
/// </summary>
public sealed class FieldErrorList
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public void Add(string field, string code, string message) =>
        _errors.Add(new FieldError { Field = field, Code = code, Message = message });

    /// <summary>Adds <paramref name="code"/> when the text is null, empty or white space.</summary>
    /// <returns>Whether the text is present, so a caller can skip the checks that need it.</returns>
    public bool Required(string? value, string field, string code, string what)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(field, code, $"{what} is required.");
        return false;
    }

    /// <summary>Adds <paramref name="code"/> unless the text is made of ASCII digits only, between the given lengths.</summary>
    public void Digits(string value, int minLength, int maxLength, string field, string code, string what)
    {
        if (value.Length >= minLength && value.Length <= maxLength && value.All(char.IsAsciiDigit))
        {
            return;
        }

        var length = minLength == maxLength ? $"exactly {maxLength}" : $"{minLength} to {maxLength}";
        Add(field, code, $"{what} must be {length} digits; got '{value}'.");
    }
}
