using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// Bad JSON, or JSON without a required field, raw or in MassTransit's envelope: the message goes to
/// the endpoint's _error queue with the reason in its headers, once (no retry), and the hub goes on.
/// </summary>
public sealed class When_a_message_cannot_be_read
{
    private const string Raw = "application/json";
    private const string Envelope = "application/vnd.masstransit+json";

    private RawAmqpClient _client = null!;

    [OneTimeSetUp]
    public async Task Connect() => _client = await RawAmqpClient.ConnectAsync(RunningHub.Broker.AmqpUri);

    [OneTimeTearDown]
    public async Task Disconnect() => await _client.DisposeAsync();

    private static JsonObject SampleWithout(string field)
    {
        var json = JsonSerializer.SerializeToNode(CdpSample.Unique(), ContractJson.Options)!.AsObject();
        json.Remove(field);
        return json;
    }

    private static string InEnvelope(Guid messageId, string message) =>
        $$"""{"messageId":"{{messageId}}","messageType":["urn:message:Ccapex.Hub.Contracts:SubmitCdpNotification"],"message":{{message}}}""";

    private static IEnumerable<TestCaseData> Unreadable()
    {
        yield return new TestCaseData(Raw, (Func<Guid, string>)(_ => """{"messageId": "broken"""), "System.Text.Json.Json")
            .SetArgDisplayNames("raw, bad JSON");
        yield return new TestCaseData(Raw, (Func<Guid, string>)(_ => SampleWithout("actReference").ToJsonString()), "actReference")
            .SetArgDisplayNames("raw, no actReference");
        yield return new TestCaseData(Envelope, (Func<Guid, string>)(id => InEnvelope(id, "{\"sender\": ")), "System.Text.Json.Json")
            .SetArgDisplayNames("envelope, bad JSON");
        yield return new TestCaseData(Envelope, (Func<Guid, string>)(id => InEnvelope(id, SampleWithout("household").ToJsonString())), "household")
            .SetArgDisplayNames("envelope, no household");
    }

    [TestCaseSource(nameof(Unreadable))]
    public async Task Should_move_it_to_the_error_queue_with_its_reason(string contentType, Func<Guid, string> body, string reason)
    {
        var messageId = Guid.NewGuid();
        var sent = body(messageId);

        await _client.SendAsync(Encoding.UTF8.GetBytes(sent), contentType, messageId.ToString());
        var faulted = await _client.WaitInErrorQueueAsync(messageId.ToString(), RunningHub.ReceiptTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(faulted.Header(MessageHeaders.Reason), Is.EqualTo("fault"));
            Assert.That(faulted.Header(MessageHeaders.FaultExceptionType) + " " + faulted.Header(MessageHeaders.FaultMessage), Does.Contain(reason));
            Assert.That(faulted.Header(MessageHeaders.FaultRetryCount), Is.Empty.Or.EqualTo("0"), "a message that cannot be read is not retried");
            Assert.That(faulted.Body, Is.EqualTo(sent), "the message is kept as it was sent");
        });
        await Should_still_answer_the_next_valid_message();
    }

    private static async Task Should_still_answer_the_next_valid_message()
    {
        var client = RunningHub.Client.CreateRequestClient<SubmitCdpNotification>(RunningHub.IntakeAddress, RunningHub.ReceiptTimeout);

        var response = await client.GetResponse<CdpNotificationAccepted>(CdpSample.Unique());

        Assert.That(response.Message.Duplicate, Is.False);
        Assert.That(RunningHub.Host.HasExited, Is.False);
    }
}
