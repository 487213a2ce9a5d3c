using System.Net.Http.Json;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>The HTTP edge as a partner uses it: its key in X-Api-Key, the contract as JSON, the receipt in the 202 answer.</summary>
internal sealed class GatewayClient(HttpClient http)
{
    /// <returns>The dossier the hub answered with, or null when the receipt was late ("queued").</returns>
    public async Task<Guid?> PostAsync(string path, string key, IPartnerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(message, message.GetType(), options: ContractJson.Options),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The gateway answered {(int)response.StatusCode} to {path}: {body}");
        }

        using var answer = JsonDocument.Parse(body);
        return answer.RootElement.TryGetProperty("dossierId", out var dossier) && dossier.TryGetGuid(out var id) ? id : null;
    }
}
