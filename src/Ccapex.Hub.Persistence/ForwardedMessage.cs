namespace Ccapex.Hub.Persistence;

/// <summary>
/// Stand-in sent for a scheduled envelope: <see cref="ForwardEnvelopePipe"/> swaps the serializer,
/// so what goes on the wire is the stored envelope, never this object.
/// </summary>
internal sealed class ForwardedMessage;
