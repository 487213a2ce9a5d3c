using System.Net;
using System.Text.Json;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Demo;

/// <summary>
/// A partner without AMQP (<see cref="DemoOptions.WebhookPartner"/>): its endpoint receives what the hub's webhook
/// worker posts, checks the v2 signature (id, type, timestamp and body; v1 alone is refused), the timestamp and
/// replays as docs/partners.md asks of every receiver, answers 2xx only then, and hands the message to the
/// partner's desk (which answers follow-ups over its own exchange).
/// </summary>
internal sealed class WebhookReceiver(DemoContext demo, PartnerDesk desk, string prefix, byte[] secret)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add(prefix);
        listener.Start();
        using var stop = cancellationToken.Register(listener.Stop);
        var verifier = new WebhookVerifier(secret);
        demo.Feed.Note($"{desk.Partner} receives by webhook on {prefix}");
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception stopped) when (stopped is HttpListenerException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
            {
                return;
            }

            await AnswerAsync(context, verifier);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, WebhookVerifier verifier)
    {
        using var response = context.Response;
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers;
        var verdict = verifier.Verify(headers[WebhookHeaders.MessageId], headers[WebhookHeaders.MessageType], headers[WebhookHeaders.Timestamp],
            headers[WebhookHeaders.Signature], body.ToArray());
        if (!verdict.Accepted)
        {
            // A replay is the hub's retry of what this endpoint already took: 2xx, nothing else.
            response.StatusCode = verdict.IsReplay ? 200 : 401;
            demo.Feed.Note($"{desk.Partner} webhook: {verdict.Code} {verdict.Reason}");
            return;
        }

        using var json = JsonDocument.Parse(body.ToArray());
        if (Delivery.Contract(headers[WebhookHeaders.MessageType] ?? string.Empty, json.RootElement, "webhook, signature checked") is { } delivery)
        {
            await desk.HandleAsync(delivery);
        }

        response.StatusCode = 204;
    }
}
