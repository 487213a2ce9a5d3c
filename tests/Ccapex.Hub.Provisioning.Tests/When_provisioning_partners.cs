using Ccapex.Hub.Charter;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// Provisioning with the management API: idempotent (a second run changes nothing and keeps the passwords, a
/// run after hand edits puts back what the rules say), passwords private and rotated one partner at a time,
/// and failures with stable codes. Each test has a virtual host and a user prefix of its own.
/// </summary>
public sealed class When_provisioning_partners
{
    private ProvisionedBroker _broker = null!;

    private PartnerProvisioner Provisioner => _broker.Provisioner;

    [SetUp]
    public async Task CreateBroker() => _broker = await ProvisionedBroker.CreateAsync();

    [TearDown]
    public async Task DeleteBroker() => await _broker.DisposeAsync();

    private string CredentialsText => File.ReadAllText(_broker.Options.CredentialsPath);

    [Test]
    public async Task Should_leave_everything_as_it_was_when_run_a_second_time()
    {
        await Provisioner.ProvisionAsync();
        var shown = await Provisioner.ShowAsync();
        var credentials = CredentialsText;

        await Provisioner.ProvisionAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await Provisioner.ShowAsync(), Is.EqualTo(shown));
            Assert.That(CredentialsText, Is.EqualTo(credentials), "passwords were changed");
        });
    }

    [Test]
    public async Task Should_give_each_partner_of_the_rules_a_user_exchange_queue_and_narrow_permissions()
    {
        await Provisioner.ProvisionAsync();
        var huissiers = _broker.User(PartnerCode.Huissiers);

        var permissions = await _broker.Api.PermissionsAsync(_broker.VirtualHost, huissiers, CancellationToken.None);
        var topics = await _broker.Api.TopicPermissionsAsync(_broker.VirtualHost, huissiers, CancellationToken.None);
        var bindings = await _broker.Api.BindingsFromAsync(_broker.VirtualHost, "ccapex.partner.huissiers", CancellationToken.None);
        var users = await _broker.Api.UsersAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(permissions, Is.EqualTo(("^$", @"^ccapex\.partner\.huissiers$", @"^ccapex\.huissiers\.in$")));
            Assert.That(topics, Is.EqualTo(new[] { new TopicGrant("ccapex.partner.huissiers", "^(notify-assignation|procedure-stage-reached|submit-cdp-notification|submit-landlord-referral)$", "^$") }));
            Assert.That(bindings.Select(b => $"{b.RoutingKey}>{b.Destination}"), Is.EquivalentTo(new[]
            {
                "notify-assignation>ccapex.intake.notify-assignation",
                "procedure-stage-reached>ccapex.intake.procedure-stage-reached",
                "submit-cdp-notification>ccapex.intake.submit-cdp-notification",
                "submit-landlord-referral>ccapex.intake.submit-landlord-referral",
            }));
            Assert.That(users.Count(u => u.StartsWith(_broker.Options.UserPrefix, StringComparison.Ordinal)), Is.EqualTo(Provisioner.Plan.Count + Provisioner.Processes.Count));
            Assert.That(Provisioner.Plan.Select(a => a.Partner), Does.Not.Contain(PartnerCode.Fnaim), "the rules give the FNAIM no flow");
        });
    }

    [Test]
    public async Task Should_put_back_what_was_changed_by_hand()
    {
        await Provisioner.ProvisionAsync();
        var shown = await Provisioner.ShowAsync();
        var api = _broker.Api;
        var vhost = _broker.VirtualHost;
        var huissiers = _broker.User(PartnerCode.Huissiers);
        await api.PutPermissionsAsync(vhost, huissiers, ".*", ".*", ".*", CancellationToken.None);
        await api.PutTopicPermissionAsync(vhost, huissiers, new TopicGrant("ccapex.partner.comed", ".*", ".*"), CancellationToken.None);
        await api.BindAsync(vhost, "ccapex.partner.huissiers", "e", "ccapex.intake.submit-comed-referral", "submit-comed-referral", CancellationToken.None);

        await Provisioner.ProvisionAsync();

        Assert.That(await Provisioner.ShowAsync(), Is.EqualTo(shown));
    }

    [Test]
    public async Task Should_remove_the_permissions_of_a_managed_user_no_partner_owns_any_more()
    {
        var ghost = _broker.Options.UserPrefix + "ghost";
        await _broker.Api.PutUserAsync(ghost, CredentialsFile.NewPassword(), CancellationToken.None);
        await _broker.Api.PutPermissionsAsync(_broker.VirtualHost, ghost, ".*", ".*", ".*", CancellationToken.None);

        var lines = await Provisioner.ProvisionAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await _broker.Api.PermissionsAsync(_broker.VirtualHost, ghost, CancellationToken.None), Is.Null);
            Assert.That(lines, Has.Some.StartsWith(ghost));
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Should_keep_the_passwords_in_a_file_only_its_owner_reads()
    {
        await Provisioner.ProvisionAsync();
        var passwords = new CredentialsFile(_broker.Options.CredentialsPath).Load();

        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(_broker.Options.CredentialsPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(passwords.Keys, Is.EquivalentTo(Provisioner.Plan.Select(a => a.User).Concat(Provisioner.Processes.Select(p => p.User))));
            Assert.That(passwords.Values.Distinct().Count(), Is.EqualTo(passwords.Count), "two partners share a password");
            Assert.That(passwords.Values, Has.All.Length.GreaterThanOrEqualTo(40));
        });
    }

    [Test]
    public async Task Should_never_print_a_password()
    {
        var lines = (await Provisioner.ProvisionAsync()).Concat(await Provisioner.ShowAsync()).Append(await Provisioner.RotateAsync("CAF")).ToList();
        var passwords = new CredentialsFile(_broker.Options.CredentialsPath).Load().Values;

        Assert.That(lines.Where(l => passwords.Any(l.Contains)), Is.Empty);
    }

    [Test]
    public async Task Should_change_only_the_rotated_partners_password()
    {
        await Provisioner.ProvisionAsync();
        var before = new CredentialsFile(_broker.Options.CredentialsPath).Load();
        var oldCaf = _broker.PartnerUri(PartnerCode.Caf);

        await Provisioner.RotateAsync("CAF");
        var after = new CredentialsFile(_broker.Options.CredentialsPath).Load();

        Assert.Multiple(async () =>
        {
            Assert.That(after.Where(p => before[p.Key] != p.Value).Select(p => p.Key), Is.EqualTo(new[] { _broker.User(PartnerCode.Caf) }));
            Assert.That(await ConnectsAsync(_broker.PartnerUri(PartnerCode.Caf)), Is.True, "the new password");
            Assert.That(await ConnectsAsync(oldCaf), Is.False, "the old password");
            Assert.That(await ConnectsAsync(_broker.PartnerUri(PartnerCode.Drihl)), Is.True, "another partner");
        });
    }

    [Test]
    public async Task Should_let_a_partner_running_masstransit_declare_its_own_names_and_no_other()
    {
        var options = _broker.Options with { Declaring = new HashSet<PartnerCode> { PartnerCode.Caf } };
        await new PartnerProvisioner(_broker.Api, options, CharterRulesLoader.LoadEmbedded()).ProvisionAsync();
        await using var caf = await PartnerConnection.OpenAsync(PartnerCode.Caf, _broker.PartnerUri(PartnerCode.Caf));

        var ownQueue = await caf.TryAsync(c => c.QueueDeclareAsync("ccapex.caf.in", durable: true, exclusive: false, autoDelete: false));
        var ownExchange = await caf.TryAsync(c => c.ExchangeDeclareAsync("ccapex.partner.caf", ExchangeType.Topic, durable: true));
        var busQueue = await caf.TryAsync(c => c.QueueDeclareAsync("ccapex.caf.bus-worker-1", durable: false, exclusive: false, autoDelete: true));
        var othersQueue = await caf.TryAsync(c => c.QueueDeclareAsync("ccapex.drihl.in", durable: true, exclusive: false, autoDelete: false));
        var intake = await caf.TryAsync(c => c.ExchangeDeclareAsync("ccapex.intake.submit-cdp-notification", ExchangeType.Fanout, durable: true));

        Assert.Multiple(() =>
        {
            Assert.That(ownQueue, Is.Null, () => $"{ownQueue}");
            Assert.That(ownExchange, Is.Null, () => $"{ownExchange}");
            Assert.That(busQueue, Is.Null, () => $"{busQueue}");
            Assert.That(othersQueue?.ReplyCode, Is.EqualTo(403), () => $"{othersQueue}");
            Assert.That(intake?.ReplyCode, Is.EqualTo(403), () => $"{intake}");
        });
    }

    [Test]
    public void Should_refuse_an_unknown_partner_code()
    {
        var refused = Assert.ThrowsAsync<ProvisioningException>(() => Provisioner.RotateAsync("NOBODY"));
        Assert.That(refused!.Code, Is.EqualTo(ProvisioningErrorCodes.UnknownPartner));
        Assert.That(refused.Message, Does.Contain("NOBODY").And.Contain("HUISSIERS"));
    }

    [Test]
    public async Task Should_refuse_a_management_account_without_the_administrator_tag()
    {
        var monitor = _broker.Options.UserPrefix + "monitor";
        var password = CredentialsFile.NewPassword();
        await _broker.Api.PutUserAsync(monitor, password, CancellationToken.None);
        await SetTagsAsync(monitor, password, "monitoring");
        var management = new UriBuilder(_broker.Options.ManagementUri) { UserName = monitor, Password = password }.Uri;
        using var api = new ManagementApi(management);
        var provisioner = new PartnerProvisioner(api, _broker.Options with { ManagementUri = management }, CharterRulesLoader.LoadEmbedded());

        var refused = Assert.ThrowsAsync<ProvisioningException>(() => provisioner.ProvisionAsync());

        Assert.That(refused!.Code, Is.EqualTo(ProvisioningErrorCodes.NotAdministrator), refused.Message);
        Assert.That(File.Exists(_broker.Options.CredentialsPath), Is.False, "nothing is written before the account is checked");
    }

    [Test]
    public void Should_say_so_when_the_management_api_does_not_answer()
    {
        var nowhere = new Uri("http://guest:guest@127.0.0.1:1/");
        using var api = new ManagementApi(nowhere);
        var provisioner = new PartnerProvisioner(api, _broker.Options with { ManagementUri = nowhere }, CharterRulesLoader.LoadEmbedded());

        var refused = Assert.ThrowsAsync<ProvisioningException>(() => provisioner.ProvisionAsync());

        Assert.That(refused!.Code, Is.EqualTo(ProvisioningErrorCodes.ManagementUnreachable));
        Assert.That(refused.Message, Does.Contain("127.0.0.1:1").And.Not.Contain("guest"));
    }

    /// <summary>The management API sets tags with the password in the same request: PutUserAsync makes tagless users only.</summary>
    private async Task SetTagsAsync(string user, string password, string tags)
    {
        using var client = new HttpClient();
        var uri = new UriBuilder(_broker.Options.ManagementUri) { UserName = string.Empty, Password = string.Empty, Path = $"/api/users/{user}" }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Put, uri)
        {
            Content = new StringContent($$"""{"password":"{{password}}","tags":"{{tags}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(_broker.Options.ManagementUri.UserInfo))));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<bool> ConnectsAsync(Uri uri)
    {
        try
        {
            await using var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
            return connection.IsOpen;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
    }
}
