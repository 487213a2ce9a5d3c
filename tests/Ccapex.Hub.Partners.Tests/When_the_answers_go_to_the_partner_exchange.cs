using RabbitMQ.Client;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// With Hub:PartnerExchange set, a worker sends to the partner's own topic exchange, the message type as routing
/// key, instead of the intake exchanges. Here without the hub: a queue bound to that exchange stands for it.
/// </summary>
public sealed class When_the_answers_go_to_the_partner_exchange
{
    private const string Exchange = "ccapex.partner.caf";

    [Test]
    public async Task Should_send_the_follow_up_answer_with_its_type_as_routing_key()
    {
        await using var caf = await LoneCafWorker.CreateAsync();
        var hub = await caf.ListenAsync(Exchange, ExchangeType.Topic, "six-month-status-reported");
        await caf.StartAsync(new Dictionary<string, string?> { ["Hub:PartnerExchange"] = Exchange });
        var request = Testing.SampleMessages.RequestSixMonthFollowUp() with { MessageId = Guid.NewGuid(), FollowUpId = Guid.NewGuid(), Addressee = PartnerCode.Caf };

        await caf.DeliverAsync(request);

        var answer = (await caf.TakeAsync(hub, 1)).Single();
        var message = LoneCafWorker.Read<SixMonthStatusReported>(answer);
        Assert.Multiple(() =>
        {
            Assert.That(answer.RoutingKey, Is.EqualTo("six-month-status-reported"));
            Assert.That(answer.Exchange, Is.EqualTo(Exchange));
            Assert.That(message.FollowUpId, Is.EqualTo(request.FollowUpId));
            Assert.That(message.Sender, Is.EqualTo(PartnerCode.Caf));
            Assert.That(answer.BasicProperties.MessageId, Is.EqualTo(message.MessageId.ToString()), "the transport id is the message's own");
        });
    }
}
