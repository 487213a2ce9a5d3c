namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>The CCAPEX_* settings of provisioning: limits with defaults and bounds, and no administrator password in clear to another machine.</summary>
public sealed class When_reading_the_provisioning_settings
{
    private static ProvisioningOptions Read(params (string Name, string Value)[] set)
    {
        var variables = new Dictionary<string, string>
        {
            [ProvisioningSettings.ManagementUri] = "http://admin:secret@127.0.0.1:15672/",
            [ProvisioningSettings.RabbitMqUri] = "amqp://127.0.0.1:5672/ccapex",
            [ProvisioningSettings.DataDirectory] = Path.GetTempPath(),
        };
        foreach (var (name, value) in set)
        {
            variables[name] = value;
        }

        return ProvisioningSettings.Read(n => variables.GetValueOrDefault(n));
    }

    [Test]
    public void Should_give_every_limit_a_default()
    {
        var options = Read();

        Assert.That(options.Limits, Is.EqualTo(new BrokerLimits()));
        Assert.That(options.Limits.MaxConnections, Is.Positive);
    }

    [Test]
    public void Should_read_the_limits_and_the_webhook_partners()
    {
        var options = Read((ProvisioningSettings.MaxConnections, "3"), (ProvisioningSettings.MaxChannels, "7"), (ProvisioningSettings.IntakeMaxLength, "1000"),
            (ProvisioningSettings.InboxMaxLength, "2000"), (ProvisioningSettings.WebhookPartners, "DRIHL, BAILLEUR_SOCIAL"));

        Assert.Multiple(() =>
        {
            Assert.That(options.Limits, Is.EqualTo(new BrokerLimits { MaxConnections = 3, MaxChannels = 7, IntakeMaxLength = 1000, InboxMaxLength = 2000 }));
            Assert.That(options.WebhookPartners, Is.EquivalentTo(new[] { PartnerCode.Drihl, PartnerCode.BailleurSocial }));
        });
    }

    [TestCase(ProvisioningSettings.MaxConnections, "0")]
    [TestCase(ProvisioningSettings.MaxChannels, "-1")]
    [TestCase(ProvisioningSettings.IntakeMaxLength, "lots")]
    [TestCase(ProvisioningSettings.InboxMaxLength, "1e6")]
    [TestCase(ProvisioningSettings.WebhookPartners, "NOBODY")]
    public void Should_refuse_a_bad_value_and_name_its_variable(string variable, string value)
    {
        var refused = Assert.Throws<SettingException>(() => Read((variable, value)));

        Assert.That(refused!.Variable, Is.EqualTo(variable));
        Assert.That(refused.Message, Does.StartWith(variable));
    }

    [Test]
    public void Should_refuse_plain_http_management_to_another_machine_without_printing_the_password()
    {
        var refused = Assert.Throws<SettingException>(() => Read((ProvisioningSettings.ManagementUri, "http://admin:s3cret@rabbit.example:15672/")));

        Assert.That(refused!.Variable, Is.EqualTo(ProvisioningSettings.ManagementUri));
        Assert.That(refused.Message, Does.Contain("https://").And.Contain("rabbit.example").And.Not.Contain("s3cret"));
    }

    [TestCase("https://admin:secret@rabbit.example:15671/")]
    [TestCase("http://admin:secret@localhost:15672/")]
    [TestCase("http://admin:secret@[::1]:15672/")]
    public void Should_accept_https_or_this_machine(string management) =>
        Assert.That(Read((ProvisioningSettings.ManagementUri, management)).ManagementUri, Is.EqualTo(new Uri(management)));
}
