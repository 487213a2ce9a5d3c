using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Routing;

/// <summary>
/// Builds a recipient's view of a message: the JSON with only the fields its rule lets it see
/// (data minimisation), and for F11 only the recommendations addressed to it.
/// </summary>
public static class MessageViews
{
    public static string For(object message, RecipientRule rule, PartnerCode recipient)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(rule);
        var json = JsonSerializer.SerializeToNode(message, message.GetType(), ContractJson.Options)!.AsObject();
        foreach (var property in json.Select(p => p.Key).ToList())
        {
            if (!rule.MaySee(property))
            {
                json.Remove(property);
            }
        }

        if (rule.OwnRecommendationsOnly && json["recommendations"] is JsonArray recommendations)
        {
            foreach (var item in recommendations.ToList())
            {
                if (item?["addressee"]?.GetValue<string>() != recipient.Value)
                {
                    recommendations.Remove(item);
                }
            }
        }

        return json.ToJsonString(ContractJson.Options);
    }

    public static string Full(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Serialize(message, message.GetType(), ContractJson.Options);
    }
}
