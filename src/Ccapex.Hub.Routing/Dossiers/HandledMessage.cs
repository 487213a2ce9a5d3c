using System.Text.Json.Serialization;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// A message (or a partner's delivery of it) the dossier handled, scoped by its sender: two partners' ids never
/// collide. <see cref="Sender"/> is a partner's code, <see cref="Inbound.HubSender"/> for the hub's own timeouts, or
/// empty for an id a dossier stored before ids were scoped (it matches any sender until it leaves the window).
/// </summary>
[JsonConverter(typeof(HandledMessageJsonConverter))]
public sealed record HandledMessage(string Sender, Guid Id)
{
    public bool Matches(string sender, Guid id) => Id == id && (Sender.Length == 0 || Sender == sender);
}
