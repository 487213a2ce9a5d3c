using System.Text;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Routing.Intake;
using RabbitMQ.Client;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>A body that is not its contract gets a refusal with a stable code on the partner's own queue, as over HTTP.</summary>
public sealed class When_a_partner_sends_a_body_the_hub_cannot_read : PartnerHubFixture
{
    [TestCase("{\"messageId\": 42", TestName = "{m}(cut short)")]
    [TestCase("{\"messageId\":\"not-a-guid\"}", TestName = "{m}(a bad id)")]
    [TestCase("{\"messageId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"}", TestName = "{m}(members missing)")]
    public async Task Should_refuse_it_with_message_unreadable_on_the_partner_s_queue(string body)
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var transportId = Guid.NewGuid();
        var properties = new BasicProperties { ContentType = "application/json", MessageId = transportId.ToString(), Persistent = true };

        Assert.That(await huissiers.PublishRawAsync(BrokerNames.RoutingKey(typeof(SubmitCdpNotification)), properties, Encoding.UTF8.GetBytes(body)), Is.Null);

        var (type, answer) = await huissiers.AnswerAsync(transportId);
        Assert.Multiple(() =>
        {
            Assert.That(type, Is.EqualTo(nameof(MessageRejected)));
            Assert.That(answer["code"]!.GetValue<string>(), Is.EqualTo(UnreadableMessages.Code));
            Assert.That(answer["messageType"]!.GetValue<string>(), Is.EqualTo(nameof(SubmitCdpNotification)));
        });
    }
}
