using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Routing.Audit;

/// <summary>Reads a delivery's journal facts at the intake.</summary>
public static class JournalArrivals
{
    /// <param name="exchange">The partner's exchange the delivery came through; null through the hub's intake exchanges.</param>
    /// <param name="publisher">The partner the exchange authenticated; null through the hub's intake (the body's sender, authenticated by the edge).</param>
    public static JournalArrival Of<T>(ConsumeContext<T> context, string? exchange, PartnerCode? publisher, string? flow)
        where T : class, IPartnerMessage
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var sender = publisher ?? message.Sender;
        return new JournalArrival(
            exchange ?? $"intake via {SourceProcess(context.SourceAddress)}",
            sender.Value,
            typeof(T).Name,
            flow,
            message.MessageId,
            context.MessageId ?? message.MessageId,
            Journal.JournalWriter.Sha256(context.ReceiveContext.Body.GetBytes()));
    }

    // The hub process that put it on the intake exchange (the gateway's bus, the drop folder's): its queue name.
    private static string SourceProcess(Uri? source) =>
        source is null ? "unknown" : source.AbsolutePath.TrimEnd('/').Split('/')[^1] is { Length: > 0 } name ? name : source.ToString();

    /// <summary>The flow of a contract type, as its attribute names it (null for receipts and alerts).</summary>
    public static string? FlowOf(Type messageType) =>
        ((CharterFlowAttribute?)Attribute.GetCustomAttribute(messageType, typeof(CharterFlowAttribute)))?.Flow;

    /// <summary>A recipient rule as the journal names it: which fields the recipient sees (a digest of the set), and whether only its own recommendations.</summary>
    public static string ViewOf(RecipientRule? rule)
    {
        if (rule?.Fields is not { } fields)
        {
            return rule is { OwnRecommendationsOnly: true } ? "all fields, own recommendations" : "all fields";
        }

        var digest = Journal.JournalWriter.Sha256(string.Join(",", fields.Order(StringComparer.Ordinal)))[..12];
        return $"{fields.Count} fields #{digest}" + (rule.OwnRecommendationsOnly ? ", own recommendations" : "");
    }
}
