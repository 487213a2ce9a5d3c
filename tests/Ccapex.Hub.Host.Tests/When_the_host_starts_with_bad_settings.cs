namespace Ccapex.Hub.Host.Tests;

/// <summary>A real host process, no broker needed: the settings are refused before anything connects.</summary>
public sealed class When_the_host_starts_with_bad_settings
{
    [TestCase("http://127.0.0.1:15672/", TestName = "Should_refuse_a_uri_that_is_not_amqp_and_say_which_setting")]
    [TestCase(null, TestName = "Should_refuse_a_missing_uri_and_say_which_setting")]
    public async Task Should_exit_with_a_clear_message(string? uri)
    {
        var environment = HubHost.Environment(null);
        environment[HubEnvironment.RabbitMqUri] = uri;
        await using var host = HubHost.Start(environment);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), host.Output);
            Assert.That(host.Output, Does.Contain("Ccapex.Hub cannot start: Hub:RabbitMq:Uri (environment variable CCAPEX_RABBITMQ_URI)"));
            Assert.That(host.Output, Does.Not.Contain("   at "), "no stack trace for a settings problem");
        });
    }

    [TestCase("Hub__ShutdownTimeout", "half a minute", "Hub:ShutdownTimeout", TestName = "Should_refuse_a_setting_that_cannot_be_read_and_name_it")]
    [TestCase("Hub__Routing__CafListingBatchSize", "0", "Hub:Routing:CafListingBatchSize must be 1 to 1000; got 0.",
        TestName = "Should_refuse_an_empty_caf_listing_batch_and_name_the_setting")]
    public async Task Should_refuse_a_bad_setting_and_name_it(string variable, string value, string named)
    {
        // A broker address nothing listens on: the setting is refused before anything connects.
        var environment = HubHost.Environment(new Uri("amqp://guest:guest@127.0.0.1:1/"));
        environment[variable] = value;
        await using var host = HubHost.Start(environment);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), host.Output);
            Assert.That(host.Output, Does.Contain("Ccapex.Hub cannot start:").And.Contain(named));
            Assert.That(host.Output, Does.Not.Contain("   at "), "no stack trace for a settings problem");
        });
    }
}
