using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing;

/// <summary>
/// A partner's message id as the hub keeps it: scoped by its sender (issue 10, item 4). Two partners' ids never
/// collide, so a message from one can neither be taken for another's duplicate nor give its receipt or copies the
/// ids another's need (a CSV CDP's id derives from the office and the act, which others could guess).
/// </summary>
public static class MessageScope
{
    public static Guid Of(Guid messageId, PartnerCode sender) => DeterministicGuid.Create(messageId, "from:" + sender.Value);
}
