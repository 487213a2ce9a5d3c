using System.Text.RegularExpressions;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Provisioning;

/// <summary>
/// Provisions, shows and rotates the partners' broker identities. Provisioning is idempotent: it declares what
/// is missing, sets what differs, keeps existing passwords, and removes what a managed user (a user whose name
/// starts with the prefix) should no longer have on the hub's virtual host: stale bindings from partner
/// exchanges, topic permissions on other exchanges, the permissions of a partner the rules no longer name.
/// </summary>
public sealed class PartnerProvisioner(ManagementApi api, ProvisioningOptions options, CharterRules rules)
{
    private readonly CredentialsFile _credentials = new(options.CredentialsPath);

    public IReadOnlyList<PartnerAccess> Plan { get; } = PartnerPlan.For(rules, options.UserPrefix, options.Declaring);

    /// <summary>The hub's own processes: users of their own, with what each needs (after <see cref="Plan"/>, whose inboxes the hub delivers to).</summary>
    public IReadOnlyList<ProcessAccess> Processes => _processes ??= ProcessPlan.For(Plan, options.UserPrefix, options.WebhookPartners);

    /// <summary>The policy that bounds the intake queues (not their _error queues: a fault must always find room).</summary>
    public const string IntakePolicy = "ccapex-intake-limit";

    /// <summary>The policy that bounds the partners' inboxes.</summary>
    public const string InboxPolicy = "ccapex-inbox-limit";

    private IReadOnlyList<ProcessAccess>? _processes;

    private string VirtualHost => options.VirtualHost;

    /// <summary>Provisions every partner; returns one line per partner for the operator (never a password).</summary>
    public async Task<IReadOnlyList<string>> ProvisionAsync(CancellationToken token = default)
    {
        await EnsurePrivilegedAsync(token);

        // Passwords are saved before the broker learns them: a crash in between leaves a password to re-apply, not one lost.
        var passwords = _credentials.Load();
        foreach (var user in Plan.Select(a => a.User).Concat(Processes.Select(p => p.User)).Where(u => !passwords.ContainsKey(u)))
        {
            passwords[user] = CredentialsFile.NewPassword();
        }

        _credentials.Save(passwords);
        var lines = new List<string>();
        foreach (var access in Plan)
        {
            await DeclareTopologyAsync(access, token);
            await api.PutUserAsync(access.User, passwords[access.User], token);
            await GrantAsync(access, token);
            await api.PutUserLimitAsync(access.User, "max-connections", options.Limits.MaxConnections, token);
            await api.PutUserLimitAsync(access.User, "max-channels", options.Limits.MaxChannels, token);
            lines.Add($"{access.Partner}: user {access.User}, publishes {(access.Sends.Count == 0 ? "nothing" : string.Join(", ", access.Sends.Keys))} on {access.Exchange}, reads {access.Queue}");
        }

        foreach (var process in Processes)
        {
            await api.PutUserAsync(process.User, passwords[process.User], token);
            await api.PutPermissionsAsync(VirtualHost, process.User, process.Configure, process.Write, process.Read, token);
            lines.Add($"{process.Process}: user {process.User}, configure {process.Configure}  write {process.Write}  read {process.Read}");
        }

        foreach (var (name, pattern, length) in Policies())
        {
            await api.PutQueuePolicyAsync(VirtualHost, name, pattern, 1, new() { ["max-length"] = length, ["overflow"] = "reject-publish" }, token);
            lines.Add($"policy {name}: queues {pattern} hold at most {length} message(s), then refuse publishes (reject-publish)");
        }

        foreach (var stale in await StaleUsersAsync(token))
        {
            await api.DeletePermissionsAsync(VirtualHost, stale, token);
            await api.DeleteTopicPermissionsAsync(VirtualHost, stale, token);
            lines.Add($"{stale}: no partner of the rules any more; its permissions on {VirtualHost} removed");
        }

        return lines;
    }

    /// <summary>Gives one partner a new password (saved first); connections already open stay open until they close.</summary>
    public async Task<string> RotateAsync(string code, CancellationToken token = default)
    {
        var process = Processes.FirstOrDefault(p => string.Equals(p.Process, code, StringComparison.Ordinal));
        var (owner, user) = process is null ? (Find(code).Partner.Value, Find(code).User) : (process.Process, process.User);
        await EnsurePrivilegedAsync(token);
        var passwords = _credentials.Load();
        passwords[user] = CredentialsFile.NewPassword();
        _credentials.Save(passwords);
        await api.PutUserAsync(user, passwords[user], token);
        return $"{owner}: new password for {user} in {_credentials.Path}";
    }

    /// <summary>Users, permissions, topic permissions, bindings and queues as the broker has them now; no password.</summary>
    public async Task<IReadOnlyList<string>> ShowAsync(string? code = null, CancellationToken token = default)
    {
        await EnsurePrivilegedAsync(token);
        var users = (await api.UsersAsync(token)).ToHashSet(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var access in code is null ? Plan : [Find(code)])
        {
            var permissions = await api.PermissionsAsync(VirtualHost, access.User, token);
            var topics = await api.TopicPermissionsAsync(VirtualHost, access.User, token);
            var bindings = await api.BindingsFromAsync(VirtualHost, access.Exchange, token);
            var queue = await api.QueueAsync(VirtualHost, access.Queue, token);
            lines.Add($"{access.Partner} ({access.User}{(users.Contains(access.User) ? string.Empty : ", NO SUCH USER")})");
            lines.Add(permissions is { } p
                ? $"  permissions on {VirtualHost}: configure {p.Configure}  write {p.Write}  read {p.Read}"
                : $"  permissions on {VirtualHost}: none");
            lines.AddRange(topics.Select(t => $"  topic permission on {t.Exchange}: write {t.Write}  read {t.Read}"));
            lines.AddRange(bindings.Select(b => $"  {access.Exchange} --{b.RoutingKey}--> {b.Destination}"));
            lines.Add(queue is { } q ? $"  queue {access.Queue}: {q.Messages} message(s), {q.Consumers} consumer(s)" : $"  queue {access.Queue}: missing");
            var limits = await api.UserLimitsAsync(access.User, token);
            lines.Add($"  limits: {(limits.Count == 0 ? "none" : string.Join(", ", limits.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key} {l.Value}")))}");
        }

        if (code is null)
        {
            foreach (var process in Processes)
            {
                var permissions = await api.PermissionsAsync(VirtualHost, process.User, token);
                lines.Add($"{process.Process} ({process.User}{(users.Contains(process.User) ? string.Empty : ", NO SUCH USER")})");
                lines.Add(permissions is { } p
                    ? $"  permissions on {VirtualHost}: configure {p.Configure}  write {p.Write}  read {p.Read}"
                    : $"  permissions on {VirtualHost}: none");
            }

            foreach (var (name, _, _) in Policies())
            {
                lines.Add(await api.PolicyAsync(VirtualHost, name, token) is { } policy ? $"policy {name}: {policy.Pattern} {policy.Definition}" : $"policy {name}: missing");
            }
        }

        return lines;
    }

    private PartnerAccess Find(string code) =>
        Plan.FirstOrDefault(a => string.Equals(a.Partner.Value, code, StringComparison.Ordinal))
        ?? throw new ProvisioningException(ProvisioningErrorCodes.UnknownPartner,
            $"'{code}' is not a partner of the charter rules; known: {string.Join(", ", Plan.Select(a => a.Partner))}.");

    private async Task EnsurePrivilegedAsync(CancellationToken token)
    {
        var (name, tags) = await api.WhoAmIAsync(token);
        if (!tags.Contains("administrator", StringComparer.Ordinal))
        {
            throw new ProvisioningException(ProvisioningErrorCodes.NotAdministrator,
                $"The management account '{name}' at {api.Address} has tags [{string.Join(", ", tags)}]; creating users and permissions needs the administrator tag.");
        }

        if (!await api.VirtualHostExistsAsync(VirtualHost, token))
        {
            throw new ProvisioningException(ProvisioningErrorCodes.VirtualHostMissing,
                $"The hub's virtual host '{VirtualHost}' does not exist at {api.Address}: create it, or point CCAPEX_RABBITMQ_URI at the hub's.");
        }
    }

    /// <summary>
    /// The partner's queue, its exchange, and for each type it may send the hub's intake exchange and queue
    /// (declared as MassTransit declares them, so a message published before the hub's first start waits in
    /// its queue), bound by routing key; bindings no longer in the rules are removed.
    /// </summary>
    private async Task DeclareTopologyAsync(PartnerAccess access, CancellationToken token)
    {
        await api.PutQueueAsync(VirtualHost, access.Queue, token);
        await api.PutExchangeAsync(VirtualHost, access.Exchange, "topic", token);
        foreach (var (routingKey, intake) in access.Sends)
        {
            await api.PutExchangeAsync(VirtualHost, intake, "fanout", token);
            await api.PutQueueAsync(VirtualHost, intake, token);
            await api.BindAsync(VirtualHost, intake, "q", intake, string.Empty, token);
            await api.BindAsync(VirtualHost, access.Exchange, "e", intake, routingKey, token);
        }

        foreach (var binding in await api.BindingsFromAsync(VirtualHost, access.Exchange, token))
        {
            if (!(binding.DestinationKind == "e" && access.Sends.TryGetValue(binding.RoutingKey, out var intake) && intake == binding.Destination))
            {
                await api.UnbindAsync(VirtualHost, access.Exchange, binding, token);
            }
        }
    }

    private async Task GrantAsync(PartnerAccess access, CancellationToken token)
    {
        await api.PutPermissionsAsync(VirtualHost, access.User, access.Configure, access.Write, access.Read, token);
        var wanted = new TopicGrant(access.Exchange, access.TopicWrite, "^$");
        var topics = await api.TopicPermissionsAsync(VirtualHost, access.User, token);
        if (topics.Count != 1 || topics[0] != wanted)
        {
            await api.DeleteTopicPermissionsAsync(VirtualHost, access.User, token);
            await api.PutTopicPermissionAsync(VirtualHost, access.User, wanted, token);
        }
    }

    /// <summary>The length policies: the intake queues (kebab names only, so not their _error or _skipped queues) and the partners' inboxes.</summary>
    private IEnumerable<(string Name, string Pattern, int MaxLength)> Policies()
    {
        yield return (IntakePolicy, $"^{Regex.Escape(BrokerNames.IntakePrefix)}[a-z0-9-]+$", options.Limits.IntakeMaxLength);
        yield return (InboxPolicy, $"^({string.Join('|', Plan.Select(a => Regex.Escape(a.Queue)))})$", options.Limits.InboxMaxLength);
    }

    /// <summary>Managed users (by prefix) that no partner of the rules owns any more.</summary>
    private async Task<IReadOnlyList<string>> StaleUsersAsync(CancellationToken token)
    {
        var planned = Plan.Select(a => a.User).Concat(Processes.Select(p => p.User)).ToHashSet(StringComparer.Ordinal);
        var managed = (await api.UsersAsync(token)).Where(u => u.StartsWith(options.UserPrefix, StringComparison.Ordinal) && !planned.Contains(u));
        var stale = new List<string>();
        foreach (var user in managed)
        {
            // Only users with a foot in this virtual host: others may belong to another hub on the same broker.
            if (await api.PermissionsAsync(VirtualHost, user, token) is not null || (await api.TopicPermissionsAsync(VirtualHost, user, token)).Count > 0)
            {
                stale.Add(user);
            }
        }

        return stale;
    }
}
