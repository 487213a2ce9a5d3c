using Ccapex.Hub.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// What the generated OpenAPI document cannot know: the API key scheme, and the JSON shape of the contract's
/// value types, whose custom converters hide it (Euros is a number, PartnerCode one of the charter's codes).
/// </summary>
internal static class OpenApiTransformers
{
    public const string ApiKeyScheme = "ApiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Ccapex.Hub gateway";
            document.Info.Description = "Partners' HTTP edge of the CCAPEX hub. Authenticate with the partner's API key in the X-Api-Key header. "
                + "Errors are problem documents (RFC 9457) with a stable `code`.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.Header,
                Description = "The partner's API key; the gateway stores only its SHA-256.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] });
            return Task.CompletedTask;
        });

        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(Euros) || type == typeof(Euros?))
            {
                schema.Type = JsonSchemaType.Number;
                schema.Description ??= "An amount in euros, with at most two decimals.";
            }
            else if (type == typeof(PartnerCode) || type == typeof(PartnerCode?))
            {
                schema.Type = JsonSchemaType.String;
                schema.Enum = [.. PartnerCode.All.Select(p => (System.Text.Json.Nodes.JsonNode)p.Value)];
            }

            return Task.CompletedTask;
        });
    }
}
