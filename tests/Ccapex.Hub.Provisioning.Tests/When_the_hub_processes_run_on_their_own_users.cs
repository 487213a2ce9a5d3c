using Ccapex.Hub.Charter;
using Ccapex.Hub.Testing;
using RabbitMQ.Client;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// Least privilege for the hub's own processes (issue 10, item 6): the hub, the gateway and the webhook worker
/// each run on the broker user provisioning made for it, a CDP goes from the gateway through the hub to the
/// DRIHL's webhook, and each user is refused (403 ACCESS_REFUSED) what another process's work needs.
/// </summary>
public sealed class When_the_hub_processes_run_on_their_own_users
{
    private const ushort AccessRefused = 403;

    private HubProcesses _processes = null!;

    [OneTimeSetUp]
    public async Task Start() => _processes = await HubProcesses.StartAsync(PartnerCode.Drihl);

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_processes is not null)
        {
            await _processes.DisposeAsync();
        }
    }

    [Test]
    public async Task Should_carry_a_cdp_from_the_gateway_through_the_hub_to_a_webhook()
    {
        var cdp = SampleMessages.SubmitCdpNotification() with
        {
            MessageId = Guid.NewGuid(),
            ActReference = "CDP-OWN-" + Guid.NewGuid().ToString("N")[..10],
            DeliveredOn = new DateOnly(2025, 1, 13),
        };

        var submission = await _processes.Gateway.SubmitAsync(cdp, TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.That(submission.Receipt, Is.Not.Null, () => $"no receipt; rejection: {submission.Rejection?.Reason}");
        await Eventually.Until(
            () => _processes.Posted.Any(b => b.Contains(cdp.ActReference, StringComparison.Ordinal)),
            () => $"the DRIHL's webhook got {_processes.Posted.Count} post(s), none with {cdp.ActReference}");
    }

    [Test]
    public async Task Should_park_what_the_webhook_refuses()
    {
        var cdp = SampleMessages.SubmitCdpNotification() with
        {
            MessageId = Guid.NewGuid(),
            ActReference = HubProcesses.RefusedMark + Guid.NewGuid().ToString("N")[..8],
            DeliveredOn = new DateOnly(2025, 1, 13),
        };
        var parked = BrokerNames.ParkedQueue(PartnerCode.Drihl);

        var submission = await _processes.Gateway.SubmitAsync(cdp, TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.That(submission.Receipt, Is.Not.Null, () => $"no receipt; rejection: {submission.Rejection?.Reason}");
        await Eventually.Until(
            async () => await _processes.Broker.Api.QueueAsync(_processes.Broker.VirtualHost, parked, CancellationToken.None) is { Messages: > 0 },
            () => $"nothing parked in {parked}");
    }

    [Test]
    public async Task Should_refuse_the_gateway_a_partner_exchange_and_a_partner_queue()
    {
        await using var gateway = await PartnerConnection.OpenAsync(PartnerCode.Huissiers, _processes.Broker.ProcessUri(ProcessPlan.Gateway));

        var published = await gateway.PublishAsync(SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid() });
        var read = await gateway.TryAsync(c => c.BasicGetAsync(BrokerNames.PartnerQueue(PartnerCode.Drihl), autoAck: false));

        Assert.Multiple(() =>
        {
            Assert.That(published?.ReplyCode, Is.EqualTo(AccessRefused), "published on ccapex.partner.huissiers");
            Assert.That(read?.ReplyCode, Is.EqualTo(AccessRefused), "read the DRIHL's queue");
        });
    }

    [Test]
    public async Task Should_refuse_the_webhook_worker_the_intake_and_another_partners_queue()
    {
        await using var webhooks = await PartnerConnection.OpenAsync(PartnerCode.Drihl, _processes.Broker.ProcessUri(ProcessPlan.Webhooks));
        var intake = BrokerNames.CdpNotificationIntake;

        var published = await webhooks.PublishAsync(intake, string.Empty, SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid() });
        var read = await webhooks.TryAsync(c => c.BasicGetAsync(BrokerNames.PartnerQueue(PartnerCode.Huissiers), autoAck: false));

        Assert.Multiple(() =>
        {
            Assert.That(published?.ReplyCode, Is.EqualTo(AccessRefused), $"published on {intake}");
            Assert.That(read?.ReplyCode, Is.EqualTo(AccessRefused), "read the bailiffs' queue");
        });
    }

    [Test]
    public async Task Should_refuse_the_hub_a_partner_exchange()
    {
        await using var hub = await PartnerConnection.OpenAsync(PartnerCode.Huissiers, _processes.Broker.ProcessUri(ProcessPlan.Hub));

        var published = await hub.PublishAsync(SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid() });

        Assert.That(published?.ReplyCode, Is.EqualTo(AccessRefused), "the hub published as the bailiffs");
    }
}
