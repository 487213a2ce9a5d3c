namespace Ccapex.Hub.Provisioning;

/// <summary>A setting the operator must fix; the message names its variable.</summary>
public sealed class SettingException : Exception
{
    public SettingException(string variable, string problem)
        : base($"{variable} {problem}.") => Variable = variable;

    public SettingException()
        : this("setting", "is invalid")
    {
    }

    public SettingException(string message)
        : this("setting", message)
    {
    }

    public SettingException(string message, Exception inner)
        : base(message, inner) => Variable = "setting";

    public string Variable { get; }
}
