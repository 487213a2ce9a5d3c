namespace Ccapex.Hub.Validation;

/// <summary>Stable codes of the text checks every partner message passes (<see cref="ContractTextChecker"/>).</summary>
public static class TextFieldCodes
{
    /// <summary>A control, format or bidirectional character, or a broken surrogate pair; the value is never echoed.</summary>
    public const string ForbiddenCharacter = "field.forbidden_character";

    /// <summary>Longer than its field's limit (<see cref="ContractTextRules"/>).</summary>
    public const string TooLong = "field.too_long";
}
