using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The worker process is killed (SIGKILL) while the receiver holds its request: nothing was acked, so the
/// broker puts the message back in the CAF's queue and the next worker delivers it; nothing is parked or lost.
/// </summary>
[TestFixture]
public sealed class When_the_worker_process_is_killed_mid_delivery
{
    private readonly TaskCompletionSource<int> _never = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;

    [OneTimeSetUp]
    public async Task Kill()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, before) => before == 0 ? _never.Task : Task.FromResult(200);
        _sent = await _world.SendFollowUpAsync(PartnerCode.Caf);
        using var worker = WorkerProcess.Start(_world.Settings());

        // Read both pipes as they fill, so the worker never blocks on its own logs.
        var errors = new System.Text.StringBuilder();
        worker.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            await Eventually.Until(() => _world.Caf.Received.Count == 1 || worker.HasExited, () => "the delivery never started");
            Assert.That(worker.HasExited, Is.False, () => $"the worker exited: {errors}");
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _never.TrySetResult(500);
        await _world.DisposeAsync();
    }

    [Test]
    public async Task Should_have_the_message_back_in_the_queue_then_delivered_by_the_next_worker()
    {
        await Eventually.Until(async () => await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf)) == (1, 0), () => "the unacked message is not back in the queue");
        await _world.StartWorkerAsync(_world.Settings());
        await Eventually.Until(() => _world.Caf.Accepted.Count == 1, () => "not redelivered");
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages == 0, () => "not acked");
        Assert.Multiple(async () =>
        {
            Assert.That(_world.Caf.Accepted[0].MessageId, Is.EqualTo(_sent.MessageId.ToString()));
            Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.Zero);
        });
        await Task.CompletedTask;
    }
}
