namespace Ccapex.Hub.Contracts;

/// <summary>
/// Names the charter flow (F1 to F15 of the routing rules) a message serves and the charter
/// action numbers behind it, so a reader goes from an action number to its message.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CharterFlowAttribute(string flow, params int[] actions) : Attribute
{
    public string Flow { get; } = flow;

    public IReadOnlyList<int> Actions { get; } = actions;
}
