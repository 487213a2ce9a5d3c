namespace Ccapex.Hub.Host.Tests;

/// <summary>A real host process given a rules file with a mistake: it refuses to start and names the line.</summary>
public sealed class When_the_host_starts_with_bad_charter_rules
{
    private string _file = null!;

    [SetUp]
    public void WriteBrokenRules()
    {
        var shipped = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "contracts", "charter", "charter-rules.json"));
        _file = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(_file, shipped.Replace("\"senders\": [\"COMED\"]", "\"senders\": [\"COMEDD\"]", StringComparison.Ordinal));
    }

    [TearDown]
    public void DeleteRules() => File.Delete(_file);

    [Test]
    public async Task Should_exit_with_the_faulty_line_and_no_stack_trace()
    {
        var line = File.ReadAllLines(_file).ToList().FindIndex(l => l.Contains("COMEDD", StringComparison.Ordinal)) + 1;
        var environment = HubHost.Environment(null);
        environment[HubEnvironment.RabbitMqUri] = "amqp://guest:guest@127.0.0.1:5672/";
        environment[HubEnvironment.RulesFile] = _file;
        await using var host = HubHost.Start(environment);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), host.Output);
            Assert.That(host.Output, Does.Contain($"{_file}:{line}: unknown partner 'COMEDD'"));
            Assert.That(host.Output, Does.Not.Contain("   at "), "no stack trace for a rules problem");
        });
    }
}
