using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using MassTransit;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// CDP notifications that each open a dossier of their own: a fresh act reference and message id, and
/// a household of its own (the hub also matches dossiers by tenants' names and street, so the sample's
/// one household would gather every CDP into one dossier).
/// </summary>
internal static class CdpStream
{
    public static SubmitCdpNotification Cdp(int number)
    {
        var sample = SampleMessages.SubmitCdpNotification();
        var tag = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return sample with
        {
            MessageId = Guid.NewGuid(),
            SentAt = DateTimeOffset.UtcNow,
            ActReference = $"CDP-CRASH-{tag}",
            DeliveredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            Household = sample.Household with
            {
                Tenants = [new() { LastName = $"Menage{tag}", FirstName = "Alex" }],
                Address = sample.Household.Address with { Street = $"{number + 1} rue des Essais {tag}" },
            },
        };
    }

    public static IReadOnlyList<SubmitCdpNotification> Cdps(int count) => [.. Enumerable.Range(0, count).Select(Cdp)];

    /// <summary>The id of the DRIHL's copy of this CDP (F1): derived from the CDP's id, so stable across crashes.</summary>
    public static Guid DrihlCopyId(SubmitCdpNotification cdp) =>
        DeterministicGuid.Create(MessageScope.Of(cdp.MessageId, PartnerCode.Huissiers), $"deliver:{nameof(SubmitCdpNotification)}:{PartnerCode.Drihl.Value}");

    /// <summary>The id of the awareness letter's delivery to the letter service (F2).</summary>
    public static Guid LetterId(SubmitCdpNotification cdp) =>
        DeterministicGuid.Create(MessageScope.Of(cdp.MessageId, PartnerCode.Huissiers), $"deliver:{nameof(SendAwarenessLetter)}:{PartnerCode.LetterService.Value}");

    /// <summary>The id of the receipt (CdpNotificationAccepted) the bailiffs get.</summary>
    public static Guid ReceiptId(SubmitCdpNotification cdp) => DeterministicGuid.Create(MessageScope.Of(cdp.MessageId, PartnerCode.Huissiers), "accepted");

    /// <summary>Sends CDPs as the bailiffs' chamber does when it expects no answer on the spot: receipts go to its queue.</summary>
    public static async Task SendAsync(IBus bailiffs, IEnumerable<SubmitCdpNotification> cdps, CancellationToken cancellationToken = default)
    {
        var intake = await bailiffs.GetSendEndpoint(CrashedHub.IntakeAddress);
        foreach (var cdp in cdps)
        {
            await intake.Send(cdp, cancellationToken);
        }
    }
}
