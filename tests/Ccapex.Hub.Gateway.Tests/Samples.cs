using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway.Tests;

internal static class Samples
{
    /// <summary>A valid notification with an act reference and a message id of its own.</summary>
    public static SubmitCdpNotification Cdp()
    {
        var act = $"GW-{Guid.NewGuid():N}"[..20];
        return Ccapex.Hub.Testing.SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid(), ActReference = act, SentAt = DateTimeOffset.UtcNow };
    }

    public static string CsvFile(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);
}
