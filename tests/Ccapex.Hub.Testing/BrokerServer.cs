using DotNet.Testcontainers.Builders;
using Testcontainers.RabbitMq;

namespace Ccapex.Hub.Testing;

/// <summary>
/// The RabbitMQ node the tests of one process share: the one CCAPEX_RABBITMQ_URI names, or else a
/// throwaway container when a Docker engine answers. Found once per process.
/// </summary>
internal sealed record BrokerServer(Uri AmqpUri, Uri? ManagementUri, string Source)
{
    public const string Image = "rabbitmq:3.10-management";
    private const int ManagementPort = 15672;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static BrokerServer? _current;

    public static async Task<BrokerServer> GetAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _current ??= FromEnvironment() ?? await StartContainerAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static BrokerServer? FromEnvironment()
    {
        var amqp = Environment.GetEnvironmentVariable(BrokerFixture.UriVariable);
        if (string.IsNullOrWhiteSpace(amqp))
        {
            return null;
        }

        if (!Uri.TryCreate(amqp, UriKind.Absolute, out var amqpUri) || amqpUri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException($"{BrokerFixture.UriVariable} must be an amqp:// URI such as amqp://guest:guest@127.0.0.1:5672/; got '{amqp}'.");
        }

        // The hub script exports the management URI; without it, guess the usual port with the same credentials.
        var management = Environment.GetEnvironmentVariable(BrokerFixture.ManagementUriVariable);
        var managementUri = string.IsNullOrWhiteSpace(management)
            ? new UriBuilder("http", amqpUri.Host, ManagementPort) { UserName = amqpUri.UserInfo.Split(':')[0], Password = amqpUri.UserInfo.Split(':').ElementAtOrDefault(1) }.Uri
            : new Uri(management, UriKind.Absolute);
        return new BrokerServer(amqpUri, managementUri, BrokerFixture.UriVariable);
    }

    private static async Task<BrokerServer> StartContainerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var container = new RabbitMqBuilder(Image).WithPortBinding(ManagementPort, true).Build();
            await container.StartAsync(cancellationToken).ConfigureAwait(false);

            // The container lives as long as the test process; Testcontainers' reaper removes it after.
            var amqpUri = new Uri(container.GetConnectionString());
            var managementUri = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(ManagementPort))
            {
                UserName = amqpUri.UserInfo.Split(':')[0],
                Password = amqpUri.UserInfo.Split(':').ElementAtOrDefault(1),
            }.Uri;
            return new BrokerServer(amqpUri, managementUri, $"Testcontainers {Image}");
        }
        catch (DockerUnavailableException unavailable)
        {
            throw new InvalidOperationException(
                $"No RabbitMQ broker for the tests: {BrokerFixture.UriVariable} is not set and no Docker engine answers. "
                + $"Run the tests with `./hub test` (it starts a broker), or start one with `./hub broker start` and "
                + $"export {BrokerFixture.UriVariable}=amqp://guest:guest@127.0.0.1:5672/ (and {BrokerFixture.ManagementUriVariable}=http://guest:guest@127.0.0.1:15672/).",
                unavailable);
        }
    }
}
