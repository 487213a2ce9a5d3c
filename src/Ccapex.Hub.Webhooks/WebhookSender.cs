using System.Net.Http.Headers;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks;

/// <summary>One signed POST of a delivery to a partner; each attempt is signed afresh with the current time.</summary>
internal sealed class WebhookSender(HttpClient http, PartnerEndpoint partner, TimeProvider clock)
{
    /// <summary>How much of a refusal's body goes into the parking reason.</summary>
    public const int ExcerptLength = 300;

    public async Task<AttemptResult> SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var content = new ReadOnlyMemoryContent(delivery.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, partner.Url) { Content = content };
        request.Headers.Add(WebhookHeaders.MessageId, delivery.MessageId);
        request.Headers.Add(WebhookHeaders.MessageType, delivery.MessageType);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Create(partner.Secret, timestamp, delivery.Body.Span));

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new AttemptResult(status, string.Empty);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var excerpt = text.Length > ExcerptLength ? text[..ExcerptLength] + "…" : text;
        return new AttemptResult(status, excerpt.ReplaceLineEndings(" ").Trim());
    }
}
