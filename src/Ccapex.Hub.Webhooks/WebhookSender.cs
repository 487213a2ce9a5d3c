using System.Globalization;
using System.Net.Http.Headers;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// One signed POST of a delivery to a partner; each attempt is signed afresh with the current time: v2 (id,
/// type, timestamp, body), and v1 after it for a partner registered with SendV1Signature.
/// </summary>
internal sealed class WebhookSender(HttpClient http, PartnerEndpoint partner, TimeProvider clock)
{
    public async Task<AttemptResult> SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var seconds = clock.GetUtcNow().ToUnixTimeSeconds();
        var timestamp = seconds.ToString(CultureInfo.InvariantCulture);
        using var content = new ReadOnlyMemoryContent(delivery.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, partner.Url) { Content = content };
        request.Headers.Add(WebhookHeaders.MessageId, delivery.MessageId);
        request.Headers.Add(WebhookHeaders.MessageType, delivery.MessageType);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp);
        request.Headers.Add(WebhookHeaders.Signature, Signature(delivery, timestamp, seconds));

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        return response.IsSuccessStatusCode
            ? new AttemptResult(status, string.Empty)
            : new AttemptResult(status, await PartnerAnswer.ReadExcerptAsync(response.Content, cancellationToken).ConfigureAwait(false));
    }

    private string Signature(WebhookDelivery delivery, string timestamp, long seconds)
    {
        var v2 = WebhookSignatureV2.Create(partner.Secret, delivery.MessageId, delivery.MessageType, timestamp, delivery.Body.Span);
        return partner.SendV1Signature ? $"{v2},{WebhookSignature.Create(partner.Secret, seconds, delivery.Body.Span)}" : v2;
    }
}
