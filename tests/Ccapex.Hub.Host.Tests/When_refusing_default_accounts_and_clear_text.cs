using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Host.Tests;

/// <summary>
/// Outside this machine the hub refuses at start the broker's default account, clear text to the broker, and the
/// project's default PostgreSQL password (or none), each message naming its setting and never the secret; on
/// loopback (./hub up, ./hub test, the in-process and child-process hubs of the tests) all of them are allowed.
/// </summary>
public sealed class When_refusing_default_accounts_and_clear_text
{
    private static string? BrokerFailure(string uri)
    {
        var options = new HubOptions { RabbitMq = new RabbitMqOptions { Uri = uri }, DataDirectory = "/tmp/ccapex" };
        var result = new HubOptionsValidator().Validate(null, options);
        return result.Succeeded ? null : result.FailureMessage;
    }

    private static string? StoreFailure(string connectionString)
    {
        var result = new HubStoreOptionsValidator().Validate(null, new HubStoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connectionString });
        return result.Succeeded ? null : result.FailureMessage;
    }

    [TestCase("amqp://guest:guest@127.0.0.1:5672/")]
    [TestCase("amqp://guest:guest@localhost:5672/ccapex-demo")]
    [TestCase("amqp://[::1]:5672/")]
    [TestCase("amqps://ccapex-hub:s3cret@rabbit.example:5671/ccapex")]
    public void Should_accept_loopback_or_an_own_user_over_tls(string uri) =>
        Assert.That(BrokerFailure(uri), Is.Null);

    [TestCase("amqps://guest:s3cret@rabbit.example:5671/", "the default account 'guest'")]
    [TestCase("amqps://rabbit.example:5671/", "no user")]
    [TestCase("amqp://ccapex-hub:s3cret@10.0.0.7:5672/", "plain amqp:// to 10.0.0.7")]
    public void Should_refuse_a_default_account_or_clear_text_to_another_machine(string uri, string problem)
    {
        var failure = BrokerFailure(uri);

        Assert.That(failure, Does.Contain("Hub:RabbitMq:Uri (environment variable CCAPEX_RABBITMQ_URI)").And.Contain(problem).And.Not.Contain("s3cret"));
    }

    [TestCase("Host=127.0.0.1;Port=5432;Username=ccapex;Password=ccapex;Database=ccapex")]
    [TestCase("Host=localhost;Username=ccapex;Database=ccapex")]
    [TestCase("Host=/var/run/postgresql;Username=ccapex;Database=ccapex")]
    [TestCase("Host=db.example;Username=ccapex_hub;Password=long-and-own;Database=ccapex")]
    [TestCase("Host=db.example;Username=ccapex_hub;Passfile=/etc/ccapex/pgpass;Database=ccapex")]
    public void Should_accept_loopback_or_a_password_of_its_own(string connectionString) =>
        Assert.That(StoreFailure(connectionString), Is.Null);

    [TestCase("Host=db.example;Username=ccapex;Password=ccapex;Database=ccapex", "the project's default password")]
    [TestCase("Server=127.0.0.1,db.example;Username=ccapex;PWD=ccapex;Database=ccapex", "the project's default password")]
    [TestCase("Host=db.example;Username=ccapex;Database=ccapex", "no password")]
    public void Should_refuse_the_default_password_or_none_to_another_machine(string connectionString, string problem)
    {
        var failure = StoreFailure(connectionString);

        Assert.That(failure, Does.Contain("Hub:Store:ConnectionString (environment variable CCAPEX_POSTGRES)").And.Contain(problem).And.Not.Contain("Password=ccapex"));
    }

    [Test]
    public async Task Should_exit_with_code_2_naming_the_setting_and_not_the_password()
    {
        var environment = HubHost.Environment(new Uri("amqp://guest:s3cret@192.0.2.1:5672/"));
        await using var host = HubHost.Start(environment);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), host.Output);
            Assert.That(host.Output, Does.Contain("Ccapex.Hub cannot start: Hub:RabbitMq:Uri (environment variable CCAPEX_RABBITMQ_URI) connects to 192.0.2.1 with the default account 'guest'"));
            Assert.That(host.Output, Does.Not.Contain("s3cret").And.Not.Contain("   at "));
        });
    }
}
