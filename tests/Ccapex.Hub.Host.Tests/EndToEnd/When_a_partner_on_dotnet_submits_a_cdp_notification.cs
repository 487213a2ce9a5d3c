using Ccapex.Hub.Contracts;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

public sealed class When_a_partner_on_dotnet_submits_a_cdp_notification
{
    private static async Task<Response<CdpNotificationAccepted, MessageRejected>> Submit(SubmitCdpNotification message)
    {
        var client = RunningHub.Client.CreateRequestClient<SubmitCdpNotification>(RunningHub.IntakeAddress, RunningHub.ReceiptTimeout);
        return await client.GetResponse<CdpNotificationAccepted, MessageRejected>(message);
    }

    private static async Task<CdpNotificationAccepted> Accepted(SubmitCdpNotification message)
    {
        var response = await Submit(message);
        Assert.That(response.Is(out Response<CdpNotificationAccepted>? accepted), Is.True, () => $"got {response.Message}");
        return accepted!.Message;
    }

    [Test]
    public void Should_have_said_it_was_ready_on_the_intake_queue()
    {
        var vhost = RunningHub.Broker.VirtualHost == "/" ? string.Empty : RunningHub.Broker.VirtualHost;

        Assert.That(RunningHub.ReadyLine, Does.Contain($"Ccapex.Hub ready: consuming on rabbitmq://{RunningHub.Broker.AmqpUri.Host}/{vhost} (queue ")
            .And.Contain(BrokerNames.CdpNotificationIntake));
    }

    [Test]
    public async Task Should_answer_with_the_dossier_of_the_act()
    {
        var message = CdpSample.Unique();

        var receipt = await Accepted(message);

        Assert.Multiple(() =>
        {
            Assert.That(receipt.InReplyTo, Is.EqualTo(message.MessageId));
            Assert.That(receipt.ActReference, Is.EqualTo(message.ActReference));
            Assert.That(receipt.DossierId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(receipt.NotificationRequired, Is.True);
            Assert.That(receipt.Duplicate, Is.False);
            Assert.That(receipt.MessageId, Is.Not.EqualTo(Guid.Empty).And.Not.EqualTo(message.MessageId));
        });
    }

    [Test]
    public async Task Should_answer_a_resubmission_of_the_act_with_the_same_dossier()
    {
        var first = CdpSample.Unique();

        var one = await Accepted(first);
        var two = await Accepted(first with { MessageId = Guid.NewGuid() });

        Assert.Multiple(() =>
        {
            Assert.That(two.DossierId, Is.EqualTo(one.DossierId));
            Assert.That(two.Duplicate, Is.True, "the act was already notified");
        });
    }

    [Test]
    public async Task Should_answer_another_act_with_another_dossier()
    {
        var one = await Accepted(CdpSample.Unique());
        var two = await Accepted(CdpSample.Unique());

        Assert.That(two.DossierId, Is.Not.EqualTo(one.DossierId));
    }

    [Test]
    public async Task Should_say_the_law_does_not_require_it_for_a_social_landlord()
    {
        var message = CdpSample.Unique() with { Landlord = Ccapex.Hub.Testing.SampleMessages.SocialLandlord() };

        var receipt = await Accepted(message);

        Assert.That(receipt.NotificationRequired, Is.False);
    }

    [Test]
    public async Task Should_refuse_it_with_the_fields_at_fault_and_change_nothing()
    {
        var valid = CdpSample.Unique();
        var message = valid with
        {
            Sender = PartnerCode.Caf,
            Household = valid.Household with { Address = valid.Household.Address with { PostalCode = "7501" } },
        };

        var response = await Submit(message);

        Assert.That(response.Is(out Response<MessageRejected>? rejected), Is.True, () => $"got {response.Message}");
        var receipt = rejected!.Message;
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Code, Is.EqualTo("validation.failed"));
            Assert.That(receipt.InReplyTo, Is.EqualTo(message.MessageId));
            Assert.That(receipt.MessageType, Is.EqualTo(nameof(SubmitCdpNotification)));
            Assert.That(receipt.Errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(new[]
            {
                ("sender", "sender.not_allowed"),
                ("household.address.postalCode", "postal_code.invalid"),
            }));
        });
    }
}
