using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// A partner that is not on .NET: bare JSON with content type application/json, nothing else. It has no
/// response address, so the hub answers on the sender's durable queue, ccapex.huissiers.in, in MassTransit's
/// envelope like every delivery to a partner.
/// </summary>
public sealed class When_a_partner_without_masstransit_sends_raw_json
{
    private const string Envelope = "application/vnd.masstransit+json";

    private static readonly string HuissiersQueue = BrokerNames.PartnerQueue(PartnerCode.Huissiers);

    private RawAmqpClient _client = null!;

    [OneTimeSetUp]
    public async Task Connect() => _client = await RawAmqpClient.ConnectAsync(RunningHub.Broker.AmqpUri);

    [OneTimeTearDown]
    public async Task Disconnect() => await _client.DisposeAsync();

    private async Task<RawDelivery> Send(SubmitCdpNotification message)
    {
        await _client.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message, ContractJson.Options), "application/json", Guid.NewGuid().ToString());
        return await _client.WaitInQueueAsync(HuissiersQueue, d => d.Answers(message.MessageId), RunningHub.ReceiptTimeout);
    }

    [Test]
    public async Task Should_get_its_receipt_on_its_partner_queue()
    {
        var message = CdpSample.Unique();

        var reply = await Send(message);

        var receipt = reply.Message<CdpNotificationAccepted>();
        Assert.Multiple(() =>
        {
            Assert.That(reply.ContentType, Is.EqualTo(Envelope));
            Assert.That(reply.MessageTypes(), Does.Contain("urn:message:Ccapex.Hub.Contracts:CdpNotificationAccepted"), "tells a receipt from a rejection");
            Assert.That(receipt.InReplyTo, Is.EqualTo(message.MessageId));
            Assert.That(receipt.ActReference, Is.EqualTo(message.ActReference));
            Assert.That(receipt.DossierId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(receipt.Duplicate, Is.False);
        });
    }

    [Test]
    public async Task Should_get_a_rejection_it_can_read()
    {
        var message = CdpSample.Unique() with { ArrearsMonths = 999 };

        var reply = await Send(message);

        var rejection = reply.Message<MessageRejected>();
        Assert.Multiple(() =>
        {
            Assert.That(reply.ContentType, Is.EqualTo(Envelope));
            Assert.That(reply.MessageTypes(), Does.Contain("urn:message:Ccapex.Hub.Contracts:MessageRejected"));
            Assert.That(rejection.Code, Is.EqualTo("validation.failed"));
            Assert.That(rejection.Errors.Single().Field, Is.EqualTo("arrearsMonths"));
            Assert.That(rejection.Errors.Single().Code, Is.EqualTo("arrears_months.out_of_range"));
        });
    }
}
