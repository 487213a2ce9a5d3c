using Ccapex.Hub.Contracts;
using Ccapex.Hub.Provisioning;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Demo.Tests;

/// <summary>
/// The partners' broker accounts as `./hub up` makes them: provisioned on the test's virtual host under a user prefix
/// of the run (users are global on the broker), the CAF and the Préfecture allowed to declare their own names
/// (their workers run MassTransit). Disposing deletes the users and the credentials.
/// </summary>
internal sealed class DemoPartners : IAsyncDisposable
{
    private readonly ManagementApi _api;

    private DemoPartners(ManagementApi api, ProvisioningOptions options)
    {
        _api = api;
        Options = options;
    }

    public ProvisioningOptions Options { get; }

    public static async Task<DemoPartners> ProvisionAsync(BrokerFixture broker, string folder)
    {
        var management = broker.ManagementUri ?? throw new AssertionException($"The demo test needs the management API ({BrokerFixture.ManagementUriVariable}).");
        var options = new ProvisioningOptions
        {
            ManagementUri = management,
            VirtualHost = broker.VirtualHost,
            UserPrefix = $"ccapex-d{Guid.NewGuid().ToString("N")[..8]}-",
            CredentialsPath = Path.Combine(folder, "partners", "credentials.json"),
            Declaring = new HashSet<PartnerCode> { PartnerCode.Caf, PartnerCode.PrefecturePolice },
        };
        var partners = new DemoPartners(new ManagementApi(management), options);
        await new PartnerProvisioner(partners._api, options, CharterRulesLoader.LoadEmbedded()).ProvisionAsync();
        return partners;
    }

    public string User(PartnerCode partner) => Options.UserPrefix + BrokerNames.PartnerName(partner);

    public string Password(PartnerCode partner) => new CredentialsFile(Options.CredentialsPath).Load()[User(partner)];

    public async ValueTask DisposeAsync()
    {
        foreach (var user in (await _api.UsersAsync(CancellationToken.None)).Where(u => u.StartsWith(Options.UserPrefix, StringComparison.Ordinal)))
        {
            await _api.DeleteUserAsync(user, CancellationToken.None);
        }

        _api.Dispose();
    }
}
