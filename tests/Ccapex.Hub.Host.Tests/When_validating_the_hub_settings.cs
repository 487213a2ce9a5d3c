using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host.Tests;

public sealed class When_validating_the_hub_settings
{
    private static ValidateOptionsResult Validate(Action<HubOptions> change)
    {
        var options = new HubOptions
        {
            RabbitMq = new RabbitMqOptions { Uri = "amqp://guest:guest@127.0.0.1:5672/" },
            DataDirectory = "/tmp/ccapex",
        };
        change(options);
        return new HubOptionsValidator().Validate(null, options);
    }

    [TestCase("amqp://guest:guest@127.0.0.1:5672/")]
    [TestCase("amqps://hub:secret@rabbit.example:5671/ccapex")]
    [TestCase("amqp://localhost")]
    public void Should_accept_an_amqp_uri(string uri) =>
        Assert.That(Validate(o => o.RabbitMq.Uri = uri).Succeeded, Is.True);

    [TestCase(null, "is not set")]
    [TestCase("", "is not set")]
    [TestCase("http://127.0.0.1:15672/", "must be an amqp:// or amqps:// URI")]
    [TestCase("127.0.0.1:5672", "must be an amqp:// or amqps:// URI")]
    [TestCase("amqp:///", "must be an amqp:// or amqps:// URI")]
    public void Should_name_the_setting_and_its_environment_variable(string? uri, string problem)
    {
        var result = Validate(o => o.RabbitMq.Uri = uri);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Hub:RabbitMq:Uri").And.Contain("CCAPEX_RABBITMQ_URI").And.Contain(problem).And.Contain("amqp://guest:guest@127.0.0.1:5672/"));
    }

    [Test]
    public void Should_not_repeat_the_password_of_a_refused_uri()
    {
        var result = Validate(o => o.RabbitMq.Uri = "rabbitmq://hub:s3cr3t@broker/");

        Assert.That(result.FailureMessage, Does.Contain("rabbitmq://hub:***@broker/").And.Not.Contain("s3cr3t"));
    }

    [Test]
    public void Should_refuse_an_empty_data_directory() =>
        Assert.That(Validate(o => o.DataDirectory = " ").FailureMessage, Does.Contain("Hub:DataDirectory").And.Contain("CCAPEX_DATA_DIR"));

    [TestCase(0)]
    [TestCase(65536)]
    public void Should_refuse_a_health_port_out_of_range(int port) =>
        Assert.That(Validate(o => o.Health.Port = port).FailureMessage, Does.Contain("Hub:Health:Port"));

    [Test]
    public void Should_refuse_a_shutdown_timeout_of_zero() =>
        Assert.That(Validate(o => o.ShutdownTimeout = TimeSpan.Zero).FailureMessage, Does.Contain("Hub:ShutdownTimeout"));

    [Test]
    public void Should_map_the_ccapex_variables_to_settings()
    {
        var variables = new Dictionary<string, string?>
        {
            ["CCAPEX_RABBITMQ_URI"] = "amqp://a:b@host/",
            ["CCAPEX_DATA_DIR"] = "/data",
            ["CCAPEX_HEALTH_PORT"] = " ",
        };

        var settings = HubEnvironment.Read(name => variables.GetValueOrDefault(name));

        Assert.That(settings, Is.EquivalentTo(new Dictionary<string, string?> { ["Hub:RabbitMq:Uri"] = "amqp://a:b@host/", ["Hub:DataDirectory"] = "/data" }));
    }
}
