namespace Ccapex.Hub.Partners.Caf;

/// <summary>One fault of the extract file: where (line, column), a stable code, and a readable message.</summary>
public sealed record ExtractError(int Line, string Field, string Code, string Message)
{
    public override string ToString() => $"line {Line}, field {Field}: {Message} ({Code})";
}
