using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ccapex.Hub.Provisioning;

/// <summary>
/// The RabbitMQ management HTTP API, with the privileged account of its URI. Every failure becomes a
/// <see cref="ProvisioningException"/> with a stable code; the request bodies (which carry passwords) are
/// never part of a message.
/// </summary>
public sealed class ManagementApi : IDisposable
{
    private readonly HttpClient _client;

    public ManagementApi(Uri management)
    {
        ArgumentNullException.ThrowIfNull(management);
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        var baseAddress = new UriBuilder(management) { UserName = string.Empty, Password = string.Empty };
        baseAddress.Path = baseAddress.Path.TrimEnd('/') + "/api/";
        Address = baseAddress.Uri.GetLeftPart(UriPartial.Authority);
        _client = new HttpClient { BaseAddress = baseAddress.Uri, Timeout = TimeSpan.FromSeconds(15) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    /// <summary>Scheme, host and port, without credentials: safe to print.</summary>
    public string Address { get; }

    /// <summary>The account's name and tags; the tags are a string in 3.10 and a list in later versions.</summary>
    public async Task<(string Name, IReadOnlyList<string> Tags)> WhoAmIAsync(CancellationToken token)
    {
        var me = await GetAsync("whoami", token) ?? new JsonObject();
        var tags = me["tags"] switch
        {
            JsonArray list => list.Select(t => t?.GetValue<string>() ?? string.Empty).ToList(),
            JsonValue text => text.GetValue<string>().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            _ => [],
        };
        return (me["name"]?.GetValue<string>() ?? string.Empty, tags);
    }

    public async Task<bool> VirtualHostExistsAsync(string vhost, CancellationToken token) =>
        await GetAsync($"vhosts/{E(vhost)}", token) is not null;

    public Task PutExchangeAsync(string vhost, string name, string type, CancellationToken token) =>
        SendAsync(HttpMethod.Put, $"exchanges/{E(vhost)}/{E(name)}", new JsonObject { ["type"] = type, ["durable"] = true, ["auto_delete"] = false, ["internal"] = false, ["arguments"] = new JsonObject() }, token);

    /// <summary>Durable, not exclusive, no arguments: what MassTransit declares for a receive endpoint or a send to a queue.</summary>
    public Task PutQueueAsync(string vhost, string name, CancellationToken token) =>
        SendAsync(HttpMethod.Put, $"queues/{E(vhost)}/{E(name)}", new JsonObject { ["durable"] = true, ["auto_delete"] = false, ["arguments"] = new JsonObject() }, token);

    /// <summary>Binds <paramref name="source"/> to a queue ("q") or an exchange ("e"); binding twice is one binding.</summary>
    public Task BindAsync(string vhost, string source, string destinationKind, string destination, string routingKey, CancellationToken token) =>
        SendAsync(HttpMethod.Post, $"bindings/{E(vhost)}/e/{E(source)}/{destinationKind}/{E(destination)}", new JsonObject { ["routing_key"] = routingKey, ["arguments"] = new JsonObject() }, token);

    public async Task<IReadOnlyList<Binding>> BindingsFromAsync(string vhost, string exchange, CancellationToken token) =>
        (await GetAsync($"exchanges/{E(vhost)}/{E(exchange)}/bindings/source", token) as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(b => new Binding(
                Text(b, "destination"),
                Text(b, "destination_type") == "queue" ? "q" : "e",
                Text(b, "routing_key"),
                Text(b, "properties_key")))
            .ToList();

    public Task UnbindAsync(string vhost, string source, Binding binding, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return SendAsync(HttpMethod.Delete, $"bindings/{E(vhost)}/e/{E(source)}/{binding.DestinationKind}/{E(binding.Destination)}/{E(binding.PropertiesKey)}", null, token);
    }

    /// <summary>Creates the user or sets its password; no tag, so it cannot use the management API at all.</summary>
    public Task PutUserAsync(string user, string password, CancellationToken token) =>
        SendAsync(HttpMethod.Put, $"users/{E(user)}", new JsonObject { ["password"] = password, ["tags"] = string.Empty }, token);

    public Task DeleteUserAsync(string user, CancellationToken token) => SendAsync(HttpMethod.Delete, $"users/{E(user)}", null, token);

    public async Task<IReadOnlyList<string>> UsersAsync(CancellationToken token) =>
        (await GetAsync("users", token) as JsonArray ?? []).OfType<JsonObject>().Select(u => Text(u, "name")).ToList();

    public Task PutPermissionsAsync(string vhost, string user, string configure, string write, string read, CancellationToken token) =>
        SendAsync(HttpMethod.Put, $"permissions/{E(vhost)}/{E(user)}", new JsonObject { ["configure"] = configure, ["write"] = write, ["read"] = read }, token);

    /// <summary>The user's permission on the vhost, or null when it has none.</summary>
    public async Task<(string Configure, string Write, string Read)?> PermissionsAsync(string vhost, string user, CancellationToken token) =>
        await GetAsync($"permissions/{E(vhost)}/{E(user)}", token) is JsonObject p ? (Text(p, "configure"), Text(p, "write"), Text(p, "read")) : null;

    public Task DeletePermissionsAsync(string vhost, string user, CancellationToken token) =>
        SendAsync(HttpMethod.Delete, $"permissions/{E(vhost)}/{E(user)}", null, token);

    public async Task<IReadOnlyList<TopicGrant>> TopicPermissionsAsync(string vhost, string user, CancellationToken token) =>
        (await GetAsync($"topic-permissions/{E(vhost)}/{E(user)}", token) as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(t => new TopicGrant(Text(t, "exchange"), Text(t, "write"), Text(t, "read")))
            .ToList();

    public Task PutTopicPermissionAsync(string vhost, string user, TopicGrant permission, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return SendAsync(HttpMethod.Put, $"topic-permissions/{E(vhost)}/{E(user)}", new JsonObject { ["exchange"] = permission.Exchange, ["write"] = permission.Write, ["read"] = permission.Read }, token);
    }

    /// <summary>Removes every topic permission the user has on the vhost (the API has no per-exchange delete).</summary>
    public Task DeleteTopicPermissionsAsync(string vhost, string user, CancellationToken token) =>
        SendAsync(HttpMethod.Delete, $"topic-permissions/{E(vhost)}/{E(user)}", null, token);

    /// <summary>Sets one user limit ("max-connections", "max-channels"); RabbitMQ 3.10 and later.</summary>
    public Task PutUserLimitAsync(string user, string limit, int value, CancellationToken token) =>
        SendAsync(HttpMethod.Put, $"user-limits/{E(user)}/{E(limit)}", new JsonObject { ["value"] = value }, token);

    /// <summary>The user's limits by name; empty when it has none.</summary>
    public async Task<IReadOnlyDictionary<string, long>> UserLimitsAsync(string user, CancellationToken token) =>
        (await GetAsync($"user-limits/{E(user)}", token) as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(u => u["value"] as JsonObject ?? [])
            .ToDictionary(l => l.Key, l => (long?)l.Value ?? 0, StringComparer.Ordinal);

    /// <summary>A policy on the vhost's queues whose name matches <paramref name="pattern"/>; setting it again replaces it.</summary>
    public Task PutQueuePolicyAsync(string vhost, string name, string pattern, int priority, JsonObject definition, CancellationToken token) =>
        SendAsync(HttpMethod.Put, $"policies/{E(vhost)}/{E(name)}", new JsonObject { ["pattern"] = pattern, ["apply-to"] = "queues", ["priority"] = priority, ["definition"] = definition }, token);

    /// <summary>A policy's pattern and definition (as JSON text), or null when it does not exist.</summary>
    public async Task<(string Pattern, string Definition)?> PolicyAsync(string vhost, string name, CancellationToken token) =>
        await GetAsync($"policies/{E(vhost)}/{E(name)}", token) is JsonObject p ? (Text(p, "pattern"), p["definition"]?.ToJsonString() ?? "{}") : null;

    /// <summary>The name of the policy in force on a queue (empty for none), or null when the queue does not exist.</summary>
    public async Task<string?> QueuePolicyAsync(string vhost, string name, CancellationToken token) =>
        await GetAsync($"queues/{E(vhost)}/{E(name)}", token) is JsonObject q ? Text(q, "policy") : null;

    /// <summary>Messages ready and consumers of a queue, or null when it does not exist.</summary>
    public async Task<(long Messages, long Consumers)?> QueueAsync(string vhost, string name, CancellationToken token) =>
        await GetAsync($"queues/{E(vhost)}/{E(name)}", token) is JsonObject q
            ? ((long?)q["messages"] ?? 0, (long?)q["consumers"] ?? 0)
            : null;

    /// <summary>Every binding of the virtual host as "source -> kind:destination (routing key)", ordinal order.</summary>
    public async Task<IReadOnlyList<string>> AllBindingsAsync(string vhost, CancellationToken token) =>
        (await GetAsync($"bindings/{E(vhost)}", token) as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(b => $"{Text(b, "source")} -> {Text(b, "destination_type")}:{Text(b, "destination")} ({Text(b, "routing_key")})")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The names of the virtual host's queues and exchanges, ordinal order.</summary>
    public async Task<IReadOnlyList<string>> EntitiesAsync(string vhost, CancellationToken token)
    {
        var queues = (await GetAsync($"queues/{E(vhost)}", token) as JsonArray ?? []).OfType<JsonObject>().Select(q => "queue " + Text(q, "name"));
        var exchanges = (await GetAsync($"exchanges/{E(vhost)}", token) as JsonArray ?? []).OfType<JsonObject>().Select(x => "exchange " + Text(x, "name"));
        return [.. queues.Concat(exchanges).Order(StringComparer.Ordinal)];
    }

    public void Dispose() => _client.Dispose();

    private static string E(string segment) => Uri.EscapeDataString(segment);

    private static string Text(JsonObject o, string name) => o[name]?.ToString() ?? string.Empty;

    /// <summary>The JSON answer, or null for 404.</summary>
    private async Task<JsonNode?> GetAsync(string path, CancellationToken token)
    {
        using var response = await Call(() => _client.GetAsync(new Uri(path, UriKind.Relative), token), "GET", path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccess(response, "GET", path, token);
        return await response.Content.ReadFromJsonAsync<JsonNode>(token);
    }

    private async Task SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await Call(() => _client.SendAsync(request, token), method.Method, path);
        if (method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound)
        {
            return;
        }

        await EnsureSuccess(response, method.Method, path, token);
    }

    private async Task<HttpResponseMessage> Call(Func<Task<HttpResponseMessage>> call, string method, string path)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new ProvisioningException(ProvisioningErrorCodes.ManagementUnreachable,
                $"The RabbitMQ management API at {Address} did not answer {method} /api/{path}: {e.Message}", e);
        }
    }

    private static async Task EnsureSuccess(HttpResponseMessage response, string method, string path, CancellationToken token)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var answer = await response.Content.ReadAsStringAsync(token);
        var code = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? ProvisioningErrorCodes.NotAdministrator
            : ProvisioningErrorCodes.ManagementRefused;
        throw new ProvisioningException(code, $"{method} /api/{path} answered {(int)response.StatusCode}: {answer}");
    }
}
