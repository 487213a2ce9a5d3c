using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Authenticates the partner by its X-Api-Key header before the body is read, and lets through only partners
/// that may send CDPs (charter actions 11 and 17: the bailiffs' chamber). The partner is kept for the handler,
/// which checks that the body's sender is that same partner.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyStore keys) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    private const string PartnerItem = "ccapex.partner";

    public static PartnerCode Partner(HttpContext http) => (PartnerCode)http.Items[PartnerItem]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            return GatewayProblems.Unauthorized(ProblemCodes.KeyMissing, $"Send the partner's API key in the {Header} header.");
        }

        if (keys.Find(key) is not { } partner)
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            return GatewayProblems.Unauthorized(ProblemCodes.KeyUnknown, "This API key is not known to the hub (mistyped, revoked, or of another environment).");
        }

        if (partner != PartnerCode.Huissiers)
        {
            return GatewayProblems.Forbidden(ProblemCodes.SenderNotAllowed, $"{partner} may not send CDP notifications: charter rule F1 allows {PartnerCode.Huissiers} only.");
        }

        http.Items[PartnerItem] = partner;
        return await next(context).ConfigureAwait(false);
    }
}
