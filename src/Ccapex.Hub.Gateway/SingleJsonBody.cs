using System.Text.Json;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// The checks every one-object endpoint makes before looking at the message: JSON content type, size, a JSON
/// object, a sender that is the key's partner in any spelling, no member twice (<see cref="BodyMembers"/>). Either a document or the refusal, never both.
/// </summary>
internal static class SingleJsonBody
{
    public static async Task<(JsonDocument? Document, IResult? Refusal)> ReadAsync(HttpContext http, GatewayOptions settings, string whatToSend)
    {
        if (!RequestBody.IsJson(http.Request))
        {
            return (null, GatewayProblems.UnsupportedMediaType(http.Request.ContentType, "application/json"));
        }

        if (await RequestBody.ReadAsync(http.Request, settings.MaxSingleBodyBytes, http.RequestAborted).ConfigureAwait(false) is not { } body)
        {
            return (null, GatewayProblems.TooLarge(settings.MaxSingleBodyBytes));
        }

        var document = GatewayJson.Parse(body, out var malformed);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document?.Dispose();
            return (null, GatewayProblems.MalformedJson(malformed ?? whatToSend));
        }

        if (BodyMembers.Refusal(document.RootElement, ApiKeyFilter.Partner(http)) is { } refused)
        {
            document.Dispose();
            return (null, refused);
        }

        return (document, null);
    }
}
