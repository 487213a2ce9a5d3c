using System.Text.Json.Nodes;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>A valid CDP notification (F1) spoilt in one way that both the schema and the deserializer must refuse.</summary>
public sealed record InvalidPayload(string Name, Action<JsonObject> Spoil)
{
    public static IEnumerable<TestCaseData> All() =>
        new InvalidPayload[]
        {
            new("missing required field", payload => payload.Remove("actReference")),
            new("missing required nested field", payload => Address(payload).Remove("postalCode")),
            new("null for a non-nullable string", payload => payload["actReference"] = null),
            new("null for a non-nullable object", payload => payload["household"] = null),
            new("unknown partner code", payload => payload["sender"] = "NOTAIRES"),
            new("partner code in lower case", payload => payload["sender"] = "huissiers"),
            new("amount with 3 decimals", payload => payload["monthlyRent"] = 850.125m),
            new("amount as a string", payload => payload["monthlyRent"] = "850.00"),
            new("string for an integer", payload => payload["arrearsMonths"] = "3"),
            new("decimal for an integer", payload => payload["arrearsMonths"] = 3.5m),
            new("string for a boolean", payload => payload["benefitPaidToLandlord"] = "true"),
            new("date in French format", payload => payload["deliveredOn"] = "13/01/2025"),
            new("date that does not exist", payload => payload["deliveredOn"] = "2025-02-30"),
            new("timestamp in words", payload => payload["sentAt"] = "14 janvier 2025 à 9 h 30"),
            new("malformed uuid", payload => payload["messageId"] = "0f8fad5b-d9cb-469f"),
            new("enum as a number", payload => payload["housingBenefit"] = 2),
            new("enum as a combination", payload => payload["housingBenefit"] = "Received, Suspended"),
            new("unknown enum name", payload => payload["housingBenefit"] = "Perhaps"),
            new("object for a list", payload => payload["household"]!["tenants"] = new JsonObject()),
        }.Select(invalid => new TestCaseData(invalid).SetArgDisplayNames(invalid.Name));

    /// <summary>The spoilt payload of a valid SubmitCdpNotification.</summary>
    public JsonObject Payload()
    {
        var payload = ContractPayload.Of(SampleMessages.SubmitCdpNotification());
        Spoil(payload);
        return payload;
    }

    public override string ToString() => Name;

    private static JsonObject Address(JsonObject payload) => payload["household"]!["address"]!.AsObject();
}
