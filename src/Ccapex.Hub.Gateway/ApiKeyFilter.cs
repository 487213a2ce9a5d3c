using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Authenticates the partner by its X-Api-Key header before the body is read. The partner is kept for what
/// follows: <see cref="SenderRoleFilter{T}"/> checks its role, the handler that the body's sender is that partner.
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

        http.Items[PartnerItem] = partner;
        return await next(context).ConfigureAwait(false);
    }
}
