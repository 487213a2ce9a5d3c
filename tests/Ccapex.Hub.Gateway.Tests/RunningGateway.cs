using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>The gateway in this process on a free loopback port, with keys for the bailiffs, the CAF and the Préfecture de Police.</summary>
internal sealed class RunningGateway : IAsyncDisposable
{
    public const string HuissiersKey = "hk_3f9a7c2e5b8d4a6f1e0c9b7a5d3f2e1c";
    public const string CafKey = "ck_8b1d4e7a2c5f9e3b6a0d8c1f4e7b2a5d";
    public const string PrefectureKey = "pk_5e2b8d1a4f7c0e3b9a6d2f5c8e1b4a7d";

    private readonly WebApplication _app;

    private RunningGateway(WebApplication app, Uri address, FakeMessageSender? messages)
    {
        _app = app;
        Address = address;
        Messages = messages;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    /// <summary>What /v1/messages sent, when the gateway runs without a bus.</summary>
    public FakeMessageSender? Messages { get; }

    public HttpClient Http { get; }

    /// <summary>Starts the HTTP edge with <paramref name="submitter"/>, or the real bus when it is null (then give the broker in <paramref name="settings"/>).</summary>
    public static async Task<RunningGateway> StartAsync(ICdpSubmitter? submitter, params string[] settings)
    {
        var builder = GatewayApplication.CreateBuilder(
        [
            "--Gateway:Port=0",
            $"--Gateway:ApiKeys:HUISSIERS:0={ApiKeyStore.Hash(HuissiersKey)}",
            $"--Gateway:ApiKeys:CAF:0={ApiKeyStore.Hash(CafKey)}",
            $"--Gateway:ApiKeys:PREFECTURE_POLICE:0={ApiKeyStore.Hash(PrefectureKey)}",
            "--Gateway:ReceiptWait=00:00:01",
            "--Gateway:DropFolder:Enabled=false",
            .. settings,
        ]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        FakeMessageSender? messages = null;
        if (submitter is null)
        {
            builder.AddGatewayMessaging();
        }
        else
        {
            messages = new FakeMessageSender();
            builder.Services.AddSingleton(submitter);
            builder.Services.AddSingleton<IPartnerMessageSender>(messages);
        }

        var app = GatewayApplication.Build(builder);
        await app.StartAsync();
        return new RunningGateway(app, new Uri(GatewayApplication.Addresses(app).Single()), messages);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string? key, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string? key, object body) =>
        PostAsync(path, key, JsonSerializer.Serialize(body, ContractJson.Options));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
