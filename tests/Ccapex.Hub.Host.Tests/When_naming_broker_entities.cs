using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing;
using MassTransit;
using MassTransit.RabbitMqTransport;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host.Tests;

/// <summary>Partners' broker permissions are regular expressions over these names: they must not drift.</summary>
public sealed class When_naming_broker_entities
{
    [Test]
    public void Should_name_contract_exchanges_under_ccapex_contracts()
    {
        var formatter = new HubEntityNameFormatter(new MessageNameFormatterEntityNameFormatter(new RabbitMqMessageNameFormatter()));

        Assert.Multiple(() =>
        {
            Assert.That(formatter.FormatEntityName<SubmitCdpNotification>(), Is.EqualTo("ccapex.contracts.submit-cdp-notification"));
            Assert.That(formatter.FormatEntityName<Fault<SubmitCdpNotification>>(), Does.StartWith("ccapex.MassTransit:Fault"));
        });
    }

    [Test]
    public void Should_name_one_intake_queue_per_message_type() =>
        Assert.Multiple(() =>
        {
            Assert.That(BrokerNames.CdpNotificationIntake, Is.EqualTo("ccapex.intake.submit-cdp-notification"));
            Assert.That(BrokerNames.IntakeQueue(typeof(SixMonthStatusReported)), Is.EqualTo("ccapex.intake.six-month-status-reported"));
        });

    [TestCase("HUISSIERS", ExpectedResult = "ccapex.huissiers.in")]
    [TestCase("PREFECTURE_POLICE", ExpectedResult = "ccapex.prefecture-police.in")]
    [TestCase("LETTER_SERVICE", ExpectedResult = "ccapex.letter-service.in")]
    public string Should_name_each_partner_queue_after_its_code(string partner) => BrokerNames.PartnerQueue(PartnerCode.Parse(partner));
}
