using System.Text;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// A message no webhook could carry (not JSON; a type with a line break, which could be neither a header nor
/// a line of the v2 signature) is parked at once with the reason, never posted, never dropped.
/// </summary>
[TestFixture]
public sealed class When_a_queued_message_is_not_json
{
    private WebhookWorld _world = null!;

    [OneTimeSetUp]
    public async Task Park()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync(_world.Settings());
        await _world.SendRawAsync(PartnerCode.Caf, "not-json-1", "SendAwarenessLetter", Encoding.UTF8.GetBytes("<letter/>"));
        await _world.SendRawAsync(PartnerCode.Caf, "bad-type-1", "SendAwarenessLetter\nRemindOverdueAnswer", Encoding.UTF8.GetBytes("""{"messageId":"bad-type-1"}"""));
        await _world.WaitParkedAsync(PartnerCode.Caf, 2);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_park_it_unposted_with_the_reason()
    {
        var (_, output, _) = await _world.RunCommandAsync("parked", "CAF");
        Assert.Multiple(async () =>
        {
            Assert.That(_world.Caf.Received, Is.Empty);
            Assert.That(output, Does.Contain("attempts 0").And.Contain("reason: unreadable: the body is not JSON"));
            Assert.That(output, Does.Contain("reason: unreadable: the message id or type is not printable ASCII"));
            Assert.That((await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages, Is.Zero);
        });
        await Task.CompletedTask;
    }
}
