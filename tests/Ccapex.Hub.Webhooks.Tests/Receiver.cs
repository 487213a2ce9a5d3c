using System.Net;
using Ccapex.Hub.Webhooks.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// A partner's webhook endpoint: Kestrel on a free loopback port in the test process. It verifies every
/// request with the partner's secret (v2 required), records it, and answers what <see cref="Answer"/> says
/// (by default 200 when the signature is valid or the id a replay, else 401), with its verdict's code in the
/// <see cref="VerdictHeader"/> header and, on a refusal, <see cref="RefusalText"/> as the body.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedRequest> _received = [];
    private readonly List<ReceivedRequest> _accepted = [];
    private readonly WebhookVerifier _verifier;
    private readonly HttpClient _client = new();

    private Receiver(WebApplication app, byte[] secret)
    {
        _app = app;
        _verifier = new WebhookVerifier(secret);
        Answer = (request, _) => Task.FromResult(request.Verification.Accepted || request.Verification.IsReplay ? 200 : 401);
    }

    /// <summary>The verdict's code ("ok" when accepted), for the tests that post to the receiver themselves.</summary>
    public const string VerdictHeader = "Test-Verdict";

    public Uri Url { get; private set; } = null!;

    /// <summary>The body of a refusal (status 400 and above), from its status.</summary>
    public Func<int, string> RefusalText { get; set; } = status => $"refused by the test receiver ({status})";

    /// <summary>The status to answer, from the request and how many came before it.</summary>
    public Func<ReceivedRequest, int, Task<int>> Answer { get; set; }

    public IReadOnlyList<ReceivedRequest> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The requests answered 2xx, whatever their verdict.</summary>
    public IReadOnlyList<ReceivedRequest> Accepted
    {
        get
        {
            lock (_received)
            {
                return [.. _accepted];
            }
        }
    }

    public static async Task<Receiver> StartAsync(byte[] secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app, secret);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        var verification = _verifier.Verify(headers[WebhookHeaders.MessageId], headers[WebhookHeaders.MessageType], headers[WebhookHeaders.Timestamp],
            headers[WebhookHeaders.Signature], body);
        var request = new ReceivedRequest(headers[WebhookHeaders.MessageId], headers[WebhookHeaders.MessageType], headers[WebhookHeaders.Timestamp],
            headers[WebhookHeaders.Signature], context.Request.ContentType, body, verification);
        int before;
        lock (_received)
        {
            before = _received.Count;
            _received.Add(request);
        }

        var status = await Answer(request, before);
        if (status is < 200 or >= 300 && verification.Accepted)
        {
            // The receiver's duty: an id it did not keep must be accepted when the hub tries again.
            _verifier.Forget(request.MessageId!);
        }

        if (status is >= 200 and < 300)
        {
            lock (_received)
            {
                _accepted.Add(request);
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers[VerdictHeader] = verification.Code ?? "ok";
        if (status >= 400)
        {
            await context.Response.WriteAsync(RefusalText(status), context.RequestAborted);
        }
    }

    /// <summary>
    /// Posts to this receiver as someone who captured a delivery would: the given Ccapex-* headers (null leaves
    /// one out) and body. Returns the status and the receiver's verdict code.
    /// </summary>
    public async Task<(int Status, string Verdict)> PostAsync(string? messageId, string? messageType, string? timestamp, string? signature, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        foreach (var (name, value) in new[] { (WebhookHeaders.MessageId, messageId), (WebhookHeaders.MessageType, messageType), (WebhookHeaders.Timestamp, timestamp), (WebhookHeaders.Signature, signature) })
        {
            if (value is not null)
            {
                request.Headers.Add(name, value);
            }
        }

        using var response = await _client.SendAsync(request);
        return ((int)response.StatusCode, string.Join(",", response.Headers.GetValues(VerdictHeader)));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
