using System.Net;
using System.Text.Json;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>An HTTP answer read once: its status and JSON body.</summary>
internal sealed record Answer(HttpStatusCode Status, JsonElement Body, string ContentType)
{
    public string? Code => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            return new Answer(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType ?? string.Empty);
        }
    }

    public IEnumerable<(string? Field, string? Code)> Errors(string member = "errors") =>
        Body.GetProperty(member).EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()));
}
