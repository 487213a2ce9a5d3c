using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ccapex.Hub.Bench;

/// <summary>The RabbitMQ management API: a virtual host per measurement, and the broker's version.</summary>
internal sealed class BrokerManagement : IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _amqp;
    private readonly List<string> _created = [];

    public BrokerManagement(Uri management, Uri amqp)
    {
        _amqp = amqp;
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        var baseAddress = new UriBuilder(management) { UserName = string.Empty, Password = string.Empty };
        baseAddress.Path = baseAddress.Path.TrimEnd('/') + "/";
        _client = new HttpClient { BaseAddress = baseAddress.Uri, Timeout = TimeSpan.FromSeconds(15) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    /// <summary>"RabbitMQ 3.10.8 on Erlang 25.2.3".</summary>
    public async Task<string> VersionAsync()
    {
        using var overview = JsonDocument.Parse(await _client.GetStringAsync(new Uri("api/overview", UriKind.Relative)));
        var root = overview.RootElement;
        return $"RabbitMQ {root.GetProperty("rabbitmq_version").GetString()} on Erlang {root.GetProperty("erlang_version").GetString()}";
    }

    /// <summary>Creates a virtual host with full permissions for the AMQP user; returns the amqp:// URI that names it.</summary>
    public async Task<Uri> CreateVirtualHostAsync(string name)
    {
        var vhost = Uri.EscapeDataString(name);
        var user = Uri.EscapeDataString(Uri.UnescapeDataString(_amqp.UserInfo.Split(':')[0]));
        await PutAsync($"api/vhosts/{vhost}", "{}");
        _created.Add(name);
        await PutAsync($"api/permissions/{vhost}/{user}", """{"configure":".*","write":".*","read":".*"}""");
        return new UriBuilder(_amqp) { Path = "/" + vhost }.Uri;
    }

    public async Task DeleteVirtualHostsAsync()
    {
        foreach (var name in _created)
        {
            using var response = await _client.DeleteAsync(new Uri($"api/vhosts/{Uri.EscapeDataString(name)}", UriKind.Relative));
            if (response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.NotFound or HttpStatusCode.OK))
            {
                Progress.Warn($"could not delete virtual host {name}: HTTP {(int)response.StatusCode}");
            }
        }

        _created.Clear();
    }

    private async Task PutAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.PutAsync(new Uri(path, UriKind.Relative), content);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => _client.Dispose();
}
