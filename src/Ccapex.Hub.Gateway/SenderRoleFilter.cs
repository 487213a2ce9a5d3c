using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// After <see cref="ApiKeyFilter"/>: lets through only partners whose role the charter rule of <typeparamref name="T"/>
/// allows to send it, before the body is read. The hub's intake checks it again; refusing here costs nothing.
/// </summary>
internal sealed class SenderRoleFilter<T>(CharterRules rules) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var partner = ApiKeyFilter.Partner(context.HttpContext);
        var rule = rules.ForMessage<T>();
        if (!rule.MaySend(partner))
        {
            return GatewayProblems.Forbidden(ProblemCodes.SenderNotAllowed,
                $"{partner} may not send {typeof(T).Name}: charter rule {rule.Flow} allows {string.Join(", ", rule.Senders)}.");
        }

        return await next(context).ConfigureAwait(false);
    }
}
