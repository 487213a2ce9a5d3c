using Ccapex.Hub.Contracts;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// What every route a partner submits to shares: the API key, then the charter's sender role for the message type,
/// and the problems those checks and the submission can answer with (in the OpenAPI document).
/// </summary>
internal static class PartnerSubmissionConventions
{
    private static readonly int[] Problems =
    [
        StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests,
        StatusCodes.Status503ServiceUnavailable,
    ];

    public static TBuilder AsPartnerSubmission<TBuilder, TMessage>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        where TMessage : class, IPartnerMessage
    {
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>().AddEndpointFilter<TBuilder, SenderRoleFilter<TMessage>>();
        foreach (var status in Problems)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }

        return builder;
    }
}
