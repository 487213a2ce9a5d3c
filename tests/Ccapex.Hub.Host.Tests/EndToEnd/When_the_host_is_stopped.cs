using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// A second host on the same broker, logging JSON lines, stopped with SIGTERM while it has messages in
/// hand: it finishes them (or hands them back to the broker unacknowledged) and exits cleanly; the other
/// host answers the rest.
/// </summary>
public sealed class When_the_host_is_stopped
{
    private const int Requests = 40;

    [Test]
    public async Task Should_exit_cleanly_and_leave_no_message_unanswered()
    {
        var environment = HubHost.Environment(RunningHub.Broker.AmqpUri);
        environment[HubEnvironment.LogFormat] = "json";
        await using var stopping = HubHost.Start(environment);
        var ready = JsonNode.Parse(await stopping.WaitUntilReadyAsync(HubHost.StartTimeout))!;
        var client = RunningHub.Client.CreateRequestClient<SubmitCdpNotification>(RunningHub.IntakeAddress, RunningHub.ReceiptTimeout);

        var receipts = Enumerable.Range(0, Requests).Select(_ => client.GetResponse<CdpNotificationAccepted>(CdpSample.Unique())).ToList();
        stopping.Terminate();
        var exitCode = await stopping.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var answered = await Task.WhenAll(receipts);

        Assert.Multiple(() =>
        {
            Assert.That((string?)ready["State"]?["Queues"], Is.EqualTo(HubEndpointNames.CdpNotificationIntake), "a JSON log line");
            Assert.That(exitCode, Is.Zero, stopping.Output);
            Assert.That(stopping.Output, Does.Contain("Ccapex.Hub stopping"));
            Assert.That(answered, Has.Length.EqualTo(Requests));
            Assert.That(RunningHub.Host.HasExited, Is.False);
        });
    }
}
