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
/// request with the partner's secret, records it, and answers what <see cref="Answer"/> says (by default
/// 200 when the signature is valid or the id a replay, else 401).
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedRequest> _received = [];
    private readonly List<ReceivedRequest> _accepted = [];
    private readonly WebhookVerifier _verifier;

    private Receiver(WebApplication app, byte[] secret)
    {
        _app = app;
        _verifier = new WebhookVerifier(secret);
        Answer = (request, _) => Task.FromResult(request.Verification.Accepted || request.Verification.IsReplay ? 200 : 401);
    }

    public Uri Url { get; private set; } = null!;

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
        var verification = _verifier.Verify(headers[WebhookHeaders.MessageId], headers[WebhookHeaders.Timestamp], headers[WebhookHeaders.Signature], body);
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
        if (status >= 400)
        {
            await context.Response.WriteAsync($"refused by the test receiver ({status})", context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
