using System.Text;
using System.Text.Json;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>Event lines as the Préfecture's system writes them (docs/prefecture-events.md).</summary>
internal static class EventLines
{
    public static string DaloRisk(Household household, DateOnly today, string? cdpActReference = null) => JsonSerializer.Serialize(new
    {
        kind = "dalo-risk",
        cdpActReference,
        household,
        daloRecognisedOn = today.AddMonths(-8),
        daloDecisionReference = "DALO-75-2024-" + Guid.NewGuid().ToString("N")[..6],
        cfpRequestedOn = today.AddDays(-5),
        decisionExpectedBy = today.AddDays(55),
    }, Testing.JsonForLines);

    public static string Stage(string kind, string cdpActReference, DateOnly on, bool? cfpGranted = null) =>
        JsonSerializer.Serialize(new { kind, cdpActReference, occurredOn = on, cfpGranted }, Testing.JsonForLines);

    public static byte[] File(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static class Testing
    {
        public static readonly JsonSerializerOptions JsonForLines = new(ContractJson.Options) { WriteIndented = false };
    }
}
