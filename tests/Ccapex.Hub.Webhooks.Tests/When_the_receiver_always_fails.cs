using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// Every attempt gets a 500: after three the message is parked with its reason, the operator sees it with
/// the parked command, and once the receiver is fixed, resume delivers it and empties the parked queue.
/// </summary>
[TestFixture]
public sealed class When_the_receiver_always_fails
{
    private WebhookWorld _world = null!;
    private RunningWorker _worker = null!;
    private RequestSixMonthFollowUp _sent = null!;

    [OneTimeSetUp]
    public async Task Park()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, _) => Task.FromResult(500);
        _worker = await _world.StartWorkerAsync(_world.Settings());
        _sent = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await _world.WaitParkedAsync(PartnerCode.Caf);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    [Order(1)]
    public async Task Should_park_after_three_attempts_and_empty_the_partner_queue()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(_world.Caf.Received, Has.Count.EqualTo(3));
            Assert.That((await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages, Is.Zero);
        });
        await Task.CompletedTask;
    }

    [Test]
    [Order(2)]
    public void Should_log_the_parking_as_a_warning_with_its_reason()
    {
        Assert.That(_worker.Logs.Lines.Where(l => l.Level == LogLevel.Warning).Select(l => l.Text),
            Has.One.Contains(_sent.MessageId.ToString()).And.Contains("ccapex.caf.parked").And.Contains("HTTP 500"));
    }

    [Test]
    [Order(3)]
    public async Task Should_show_the_reason_through_the_parked_command()
    {
        var (exit, output, error) = await _world.RunCommandAsync("parked", "CAF");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.Contain("CAF: 1 parked in ccapex.caf.parked"));
            Assert.That(output, Does.Contain(_sent.MessageId.ToString()).And.Contain(nameof(RequestSixMonthFollowUp)));
            Assert.That(output, Does.Contain("attempts 3").And.Contain("last status 500").And.Contain("gave up after 3 attempt(s)").And.Contain("refused by the test receiver (500)"));
        });
    }

    [Test]
    [Order(4)]
    public async Task Should_leave_the_parked_message_in_place_when_listing_every_partner()
    {
        var (exit, output, _) = await _world.RunCommandAsync("parked");
        Assert.Multiple(async () =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain(_sent.MessageId.ToString()));
            Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.EqualTo(1));
        });
        await Task.CompletedTask;
    }

    [Test]
    [Order(5)]
    public async Task Should_deliver_once_resumed_after_the_receiver_is_fixed()
    {
        _world.Caf.Answer = (_, _) => Task.FromResult(200);
        var (exit, output, error) = await _world.RunCommandAsync("resume", "CAF");
        Assert.That(exit, Is.Zero, error);
        Assert.That(output, Does.Contain("CAF: 1 message(s) moved"));
        await Eventually.Until(() => _world.Caf.Accepted.Count == 1, () => "the resumed message was not delivered");
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages == 0, () => "not acked");
        Assert.Multiple(async () =>
        {
            Assert.That(_world.Caf.Accepted[0].MessageId, Is.EqualTo(_sent.MessageId.ToString()));
            Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.Zero);
        });
        await Task.CompletedTask;
    }

    [Test]
    [Order(6)]
    public async Task Should_refuse_resume_without_a_known_partner()
    {
        var (exit, _, error) = await _world.RunCommandAsync("resume", "NOBODY");
        var (usage, _, _) = await _world.RunCommandAsync("resume");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("Unknown partner code 'NOBODY'"));
            Assert.That(usage, Is.EqualTo(2));
        });
    }
}
