using System.Text;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>A message already in bare JSON (not a MassTransit envelope) is posted byte for byte.</summary>
[TestFixture]
public sealed class When_a_delivery_is_raw_json
{
    private WebhookWorld _world = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync(_world.Settings());
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_post_the_body_unchanged_with_its_amqp_id_and_type()
    {
        var id = Guid.NewGuid().ToString();
        var body = Encoding.UTF8.GetBytes("""{"messageId":"x","note":"déjà reçu"}""");
        await _world.SendRawAsync(PartnerCode.Caf, id, "RemindOverdueAnswer", body);
        await Eventually.Until(() => _world.Caf.Accepted.Count == 1, () => "nothing accepted");
        var received = _world.Caf.Accepted[0];
        Assert.Multiple(() =>
        {
            Assert.That(received.Body, Is.EqualTo(body));
            Assert.That(received.MessageId, Is.EqualTo(id));
            Assert.That(received.MessageType, Is.EqualTo("RemindOverdueAnswer"));
            Assert.That(received.Verification.Accepted, Is.True);
        });
    }

    [Test]
    public async Task Should_report_nothing_parked()
    {
        var (all, everyone, _) = await _world.RunCommandAsync("parked");
        var (one, caf, _) = await _world.RunCommandAsync("parked", "CAF");
        Assert.Multiple(() =>
        {
            Assert.That((all, one), Is.EqualTo((0, 0)));
            Assert.That(everyone.Trim(), Is.EqualTo("No parked webhook delivery."));
            Assert.That(caf.Trim(), Is.EqualTo("CAF: 0 parked in ccapex.caf.parked"));
        });
    }
}
