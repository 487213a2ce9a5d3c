using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>A partner that is not on .NET: bare JSON, content type application/json, reply_to set, nothing else.</summary>
public sealed class When_a_partner_without_masstransit_sends_raw_json
{
    private RawAmqpClient _client = null!;

    [OneTimeSetUp]
    public async Task Connect() => _client = await RawAmqpClient.ConnectAsync(RunningHub.Broker.AmqpUri);

    [OneTimeTearDown]
    public async Task Disconnect() => await _client.DisposeAsync();

    [TestCase(RawAmqpClient.DirectReplyTo, TestName = "Should_get_its_receipt_on_direct_reply_to")]
    [TestCase(null, TestName = "Should_get_its_receipt_on_a_queue_of_its_own")]
    public async Task Should_get_its_receipt(string? replyQueue)
    {
        var message = CdpSample.Unique();
        var correlationId = $"partner-request-{Guid.NewGuid():N}";

        var reply = await _client.RequestAsync(JsonSerializer.SerializeToUtf8Bytes(message, ContractJson.Options), "application/json", correlationId, replyQueue, RunningHub.ReceiptTimeout);

        var receipt = JsonSerializer.Deserialize<CdpNotificationAccepted>(reply.Body, ContractJson.Options)!;
        Assert.Multiple(() =>
        {
            Assert.That(reply.ContentType, Is.EqualTo("application/json"), "raw JSON in, raw JSON out");
            Assert.That(reply.CorrelationId, Is.EqualTo(correlationId), "the request's correlation_id comes back");
            Assert.That(reply.Header("MT-MessageType"), Is.EqualTo("urn:message:Ccapex.Hub.Contracts:CdpNotificationAccepted"), "tells a receipt from a rejection");
            Assert.That(reply.Body, Does.StartWith("{").And.Contain("\"dossierId\"").And.Not.Contain("\"messageType\""), "a bare receipt, no envelope");
            Assert.That(receipt.InReplyTo, Is.EqualTo(message.MessageId));
            Assert.That(receipt.DossierId, Is.EqualTo(CdpDossierId.For(message.BailiffOffice.OfficeCode, message.ActReference)));
        });
    }

    [Test]
    public async Task Should_get_a_rejection_it_can_read()
    {
        var message = CdpSample.Unique() with { ArrearsMonths = 999 };

        var reply = await _client.RequestAsync(JsonSerializer.SerializeToUtf8Bytes(message, ContractJson.Options), "application/json", "rejected-1", RawAmqpClient.DirectReplyTo, RunningHub.ReceiptTimeout);

        var receipt = JsonSerializer.Deserialize<MessageRejected>(reply.Body, ContractJson.Options)!;
        Assert.Multiple(() =>
        {
            Assert.That(reply.Header("MT-MessageType"), Is.EqualTo("urn:message:Ccapex.Hub.Contracts:MessageRejected"));
            Assert.That(receipt.Code, Is.EqualTo("validation.failed"));
            Assert.That(receipt.Errors.Single().Field, Is.EqualTo("arrearsMonths"));
            Assert.That(receipt.Errors.Single().Code, Is.EqualTo("arrears_months.out_of_range"));
        });
    }
}
