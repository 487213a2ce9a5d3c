using Ccapex.Hub.Partners.Caf;
using Ccapex.Hub.Partners.Prefecture;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>A worker with a bad setting does not start: exit code 2 and a line naming the setting.</summary>
public sealed class When_validating_the_worker_settings
{
    [Test]
    public async Task Should_exit_with_code_2_naming_the_broker_setting()
    {
        var exit = await PartnerProgram.RunAsync("caf", () => CafWorker.Create(["--Hub:RabbitMq:Uri=http://broker", "--Caf:ExtractFile=x.csv"]).Build());

        Assert.That(exit, Is.EqualTo(2));
    }

    [Test]
    public async Task Should_exit_with_code_2_when_a_setting_is_not_even_a_number()
    {
        var exit = await PartnerProgram.RunAsync("prefecture", () => PrefectureWorker.Create(
            ["--Hub:RabbitMq:Uri=amqp://127.0.0.1:5672/", "--Prefecture:EventsFolder=events", "--Prefecture:ScanInterval=soon"]).Build());

        Assert.That(exit, Is.EqualTo(2));
    }

    [Test]
    public void Should_name_every_faulty_setting()
    {
        var partner = new PartnerOptionsValidator().Validate(null, new PartnerOptions
        {
            RabbitMq = new PartnerBrokerOptions { Uri = "amqp://caf:secret@broker:5672/", Username = "caf" },
            PartnerExchange = "caf-exchange",
        });
        var caf = new CafOptionsValidator().Validate(null, new CafOptions { Batch = new CafBatchOptions { MessageLimit = 0 }, Critical = new CriticalCaseOptions { ArrearsAbove = -1 } });
        var prefecture = new PrefectureOptionsValidator().Validate(null, new PrefectureOptions { ScanInterval = TimeSpan.Zero });

        Assert.Multiple(() =>
        {
            Assert.That(partner.FailureMessage, Does.Contain("Hub:RabbitMq:Password").And.Contain("Hub:PartnerExchange"));
            Assert.That(caf.FailureMessage, Does.Contain("Caf:ExtractFile").And.Contain("Caf:Batch:MessageLimit").And.Contain("Caf:Critical:ArrearsAbove"));
            Assert.That(prefecture.FailureMessage, Does.Contain("Prefecture:EventsFolder").And.Contain("Prefecture:ScanInterval"));
        });
    }

    [Test]
    public void Should_hide_the_password_of_a_refused_uri()
    {
        var result = new PartnerOptionsValidator().Validate(null, new PartnerOptions { RabbitMq = new PartnerBrokerOptions { Uri = "http://caf:secret@broker/" } });

        Assert.That(result.FailureMessage, Does.Contain("http://caf:***@broker/").And.Not.Contain("secret"));
    }

    [Test]
    public void Should_send_to_the_intake_exchange_or_to_the_partner_exchange_when_set()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HubSender.Destination(null, typeof(HousingBenefitRightsChecked)).ToString(), Is.EqualTo("exchange:ccapex.intake.housing-benefit-rights-checked"));
            Assert.That(HubSender.Destination("ccapex.partner.caf", typeof(HousingBenefitRightsChecked)).ToString(), Is.EqualTo("exchange:ccapex.partner.caf?type=topic"));
            Assert.That(HubSender.RoutingKey(typeof(SixMonthStatusReported)), Is.EqualTo("six-month-status-reported"));
        });
    }

    [Test]
    public void Should_put_the_partner_credentials_into_the_broker_uri()
    {
        var uri = new PartnerBrokerOptions { Uri = "amqp://127.0.0.1:5672/ccapex", Username = "caf", Password = "p@ss" }.GetUri();

        Assert.That(uri.UserInfo, Is.EqualTo("caf:p%40ss"));
    }
}
