using Ccapex.Hub.Charter;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// A virtual host of its own with the partners provisioned in it, under a user prefix unique to the run (users
/// are global on the broker), and a credentials file in a temporary folder. Disposing deletes the users, the
/// virtual host and the folder.
/// </summary>
internal sealed class ProvisionedBroker : IAsyncDisposable
{
    private ProvisionedBroker(BrokerFixture broker, ManagementApi api, ProvisioningOptions options)
    {
        Broker = broker;
        Api = api;
        Options = options;
        Provisioner = new PartnerProvisioner(api, options, CharterRulesLoader.LoadEmbedded());
    }

    public BrokerFixture Broker { get; }

    /// <summary>The management API with the privileged account.</summary>
    public ManagementApi Api { get; }

    public ProvisioningOptions Options { get; }

    public PartnerProvisioner Provisioner { get; }

    public string VirtualHost => Broker.VirtualHost;

    /// <summary>A broker whose partners are not provisioned yet.</summary>
    public static async Task<ProvisionedBroker> CreateAsync(Func<ProvisioningOptions, ProvisioningOptions>? change = null)
    {
        var broker = await BrokerFixture.StartAsync();
        var management = broker.ManagementUri ?? throw new AssertionException(
            $"The provisioning tests need the RabbitMQ management API ({BrokerFixture.ManagementUriVariable}); {broker.Description}.");
        var folder = Path.Combine(Path.GetTempPath(), "ccapex-provisioning", Guid.NewGuid().ToString("N"));
        var options = new ProvisioningOptions
        {
            ManagementUri = management,
            VirtualHost = broker.VirtualHost,
            UserPrefix = $"ccapex-t{Guid.NewGuid().ToString("N")[..8]}-",
            CredentialsPath = Path.Combine(folder, "partners", "credentials.json"),
        };
        return new ProvisionedBroker(broker, new ManagementApi(management), change is null ? options : change(options));
    }

    /// <summary>The amqp:// URI a partner connects with: its user, its password from the credentials file, the hub's vhost.</summary>
    public Uri PartnerUri(PartnerCode partner)
    {
        var user = User(partner);
        var password = new CredentialsFile(Options.CredentialsPath).Load()[user];
        return new UriBuilder(Broker.AmqpUri) { UserName = user, Password = password }.Uri;
    }

    /// <summary>The amqp:// URI one of the hub's processes ("hub", "gateway", "webhooks") connects with.</summary>
    public Uri ProcessUri(string process)
    {
        var user = Options.UserPrefix + process;
        return new UriBuilder(Broker.AmqpUri) { UserName = user, Password = new CredentialsFile(Options.CredentialsPath).Load()[user] }.Uri;
    }

    public string User(PartnerCode partner) => Options.UserPrefix + BrokerNames.PartnerName(partner);

    public async ValueTask DisposeAsync()
    {
        foreach (var user in (await Api.UsersAsync(CancellationToken.None)).Where(u => u.StartsWith(Options.UserPrefix, StringComparison.Ordinal)))
        {
            await Api.DeleteUserAsync(user, CancellationToken.None);
        }

        Api.Dispose();
        await Broker.DisposeAsync();
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(Options.CredentialsPath))!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
