using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

public sealed class When_a_partner_on_dotnet_submits_a_cdp_notification
{
    private static async Task<Response<CdpNotificationAccepted, MessageRejected>> Submit(SubmitCdpNotification message)
    {
        var client = RunningHub.Client.CreateRequestClient<SubmitCdpNotification>(RunningHub.IntakeAddress, RunningHub.ReceiptTimeout);
        return await client.GetResponse<CdpNotificationAccepted, MessageRejected>(message);
    }

    [Test]
    public void Should_have_said_it_was_ready_on_the_intake_queue()
    {
        var vhost = RunningHub.Broker.VirtualHost == "/" ? string.Empty : RunningHub.Broker.VirtualHost;

        Assert.That(RunningHub.ReadyLine, Does.Contain($"Ccapex.Hub ready: consuming on rabbitmq://{RunningHub.Broker.AmqpUri.Host}/{vhost} (queue ccapex.intake.cdp-notification)"));
    }

    [Test]
    public async Task Should_answer_with_the_dossier_of_the_act()
    {
        var message = CdpSample.Unique();

        var response = await Submit(message);

        Assert.That(response.Is(out Response<CdpNotificationAccepted>? accepted), Is.True, () => $"got {response.Message}");
        var receipt = accepted!.Message;
        Assert.Multiple(() =>
        {
            Assert.That(receipt.InReplyTo, Is.EqualTo(message.MessageId));
            Assert.That(receipt.ActReference, Is.EqualTo(message.ActReference));
            Assert.That(receipt.DossierId, Is.EqualTo(CdpDossierId.For(message.BailiffOffice.OfficeCode, message.ActReference)));
            Assert.That(receipt.NotificationRequired, Is.True);
            Assert.That(receipt.Duplicate, Is.False);
            Assert.That(receipt.MessageId, Is.Not.EqualTo(Guid.Empty).And.Not.EqualTo(message.MessageId));
        });
    }

    [Test]
    public async Task Should_answer_a_resubmission_with_the_same_dossier()
    {
        var first = CdpSample.Unique();
        var again = first with { MessageId = Guid.NewGuid() };

        var firstResponse = await Submit(first);
        var againResponse = await Submit(again);

        Assert.That(firstResponse.Is(out Response<CdpNotificationAccepted>? one) && againResponse.Is(out Response<CdpNotificationAccepted>? two)
            && one.Message.DossierId == two.Message.DossierId, Is.True);
    }

    [Test]
    public async Task Should_say_the_law_does_not_require_it_for_a_social_landlord()
    {
        var message = CdpSample.Unique() with { Landlord = Ccapex.Hub.Testing.SampleMessages.SocialLandlord() };

        var response = await Submit(message);

        Assert.That(response.Is(out Response<CdpNotificationAccepted>? accepted) && !accepted.Message.NotificationRequired, Is.True);
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
