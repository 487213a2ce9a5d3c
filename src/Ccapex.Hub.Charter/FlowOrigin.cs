namespace Ccapex.Hub.Charter;

/// <summary>Who puts a flow's message on the wire.</summary>
public enum FlowOrigin
{
    /// <summary>A partner sends it to the hub; the hub checks the sender and routes it.</summary>
    Partner,

    /// <summary>The hub emits it on the CCAPEX secretariat's behalf, as a consequence of another flow.</summary>
    Hub,
}
