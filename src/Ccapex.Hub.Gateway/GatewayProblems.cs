namespace Ccapex.Hub.Gateway;

/// <summary>Problem documents (RFC 9457) with the stable <c>code</c> member programs act on, and the details beside it.</summary>
internal static class GatewayProblems
{
    public static IResult Problem(int status, string code, string title, string detail, IEnumerable<KeyValuePair<string, object?>>? details = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in details ?? [])
        {
            extensions[key] = value;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: $"urn:ccapex:problem:{code}", extensions: extensions);
    }

    /// <summary>
    /// Gives a code to the problems ASP.NET Core writes itself (a content type the route does not accept, an unknown
    /// path, an unhandled exception), so that every error a partner gets has one.
    /// </summary>
    public static void AddCode(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ProblemDetails.Extensions.TryAdd("code", context.ProblemDetails.Status switch
        {
            StatusCodes.Status415UnsupportedMediaType => ProblemCodes.MediaTypeUnsupported,
            StatusCodes.Status404NotFound => "request.not_found",
            StatusCodes.Status405MethodNotAllowed => "request.method_not_allowed",
            StatusCodes.Status413PayloadTooLarge => ProblemCodes.TooLarge,
            >= 500 => "server.error",
            _ => "request.invalid",
        });
    }

    public static IResult Unauthorized(string code, string detail) =>
        Problem(StatusCodes.Status401Unauthorized, code, "The API key is missing or unknown.", detail);

    public static IResult Forbidden(string code, string detail) =>
        Problem(StatusCodes.Status403Forbidden, code, "This partner may not send this.", detail);

    /// <summary>The body's sender is not the key's partner: named when it is a partner code, never echoed otherwise.</summary>
    public static IResult SenderMismatch(Contracts.PartnerCode partner, string member, string? sender)
    {
        var named = Contracts.PartnerCode.TryParse(sender, out var other) ? $"names {other} as the sender" : $"has a sender that is not exactly '{partner}'";
        var where = member == "sender" ? string.Empty : $" (member '{MemberNames.Printable(member)}', read as 'sender')";
        return Forbidden(ProblemCodes.SenderMismatch,
            $"The API key is {partner}'s; the body {named}{where}. A partner sends in its own name only, spelt exactly, once.");
    }

    public static IResult RateLimited(int retryAfterSeconds) =>
        Problem(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, "Too many requests.",
            $"This partner (or, without a known key, this address) sent more requests than its limit; try again in {retryAfterSeconds} s (Retry-After).");

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.TooLarge, "The request body is too large.", $"At most {limit} bytes; send a large batch as several requests.");

    public static IResult UnsupportedMediaType(string? contentType, string accepted) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.MediaTypeUnsupported, "The content type is not accepted.", $"Got '{contentType}'; this endpoint accepts {accepted}.");

    public static IResult MalformedJson(string detail) =>
        Problem(StatusCodes.Status400BadRequest, ProblemCodes.MalformedJson, "The body is not the JSON expected.", detail);

    public static IResult Unavailable(string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, ProblemCodes.BrokerUnavailable, "The hub's broker did not confirm the message.", detail);
}
