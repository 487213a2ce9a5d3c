namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>What the workflow needs to know of the message being handled, besides its body.</summary>
public sealed record Inbound(Guid MessageId, Uri? ResponseAddress, Guid? RequestId);
