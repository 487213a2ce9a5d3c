using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// A second host on the same broker, logging JSON lines, stopped with SIGTERM while it has messages in
/// hand: it finishes them (or hands them back to the broker unacknowledged) and exits cleanly; the other
/// host takes the rest. A receipt the stopping host saved but had no time to relay waits in its outbox,
/// and leaves when it starts again on the same data directory: no request stays unanswered.
/// </summary>
public sealed class When_the_host_is_stopped
{
    private const int Requests = 40;

    // Long enough for the stop and the restart that releases what the stopped host kept in its outbox.
    private static readonly TimeSpan ReceiptTimeout = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Should_exit_cleanly_and_leave_no_message_unanswered()
    {
        var environment = HubHost.Environment(RunningHub.Broker.AmqpUri);
        environment[HubEnvironment.LogFormat] = "json";
        var stopping = HubHost.Start(environment);
        int exitCode;
        JsonNode ready;
        List<Task<Response<CdpNotificationAccepted>>> receipts;
        try
        {
            ready = JsonNode.Parse(await stopping.WaitUntilReadyAsync(HubHost.StartTimeout))!;
            var client = RunningHub.Client.CreateRequestClient<SubmitCdpNotification>(RunningHub.IntakeAddress, ReceiptTimeout);
            receipts = Enumerable.Range(0, Requests).Select(_ => client.GetResponse<CdpNotificationAccepted>(CdpSample.Unique())).ToList();
            stopping.Terminate();
            exitCode = await stopping.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.Multiple(() =>
            {
                Assert.That((string?)ready["State"]?["Queues"], Does.Contain(BrokerNames.CdpNotificationIntake), "a JSON log line");
                Assert.That(exitCode, Is.Zero, stopping.Output);
                Assert.That(stopping.Output, Does.Contain("Ccapex.Hub stopping"));
            });
        }
        finally
        {
            await stopping.DisposeAsync();
        }

        await using var restarted = HubHost.Start(environment);
        await restarted.WaitUntilReadyAsync(HubHost.StartTimeout);
        var answered = await Task.WhenAll(receipts);

        Assert.Multiple(() =>
        {
            Assert.That(answered, Has.Length.EqualTo(Requests));
            Assert.That(RunningHub.Host.HasExited, Is.False);
        });
    }
}
