using System.Reflection;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// POST /v1/messages/{kebab-type} for every message the charter lets a partner send, other than the CDP (which has
/// /v1/cdp-notifications): a six-month status update (F14, /v1/messages/six-month-status-reported), an assignation
/// (F6), a referral (F9, F10), a procedure stage (F15)... One typed route each, so the OpenAPI document gives each
/// its schema. Checks run cheapest first (rate, key, role, size, type, JSON, sender, duplicate members, fields, text) and a refusal sends nothing.
/// </summary>
public static class PartnerMessageEndpoints
{
    public const string Prefix = "/v1/messages/";

    private static readonly MethodInfo MapOne = typeof(PartnerMessageEndpoints).GetMethod(nameof(MapMessage), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEndpointRouteBuilder MapPartnerMessageEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var rules = app.ServiceProvider.GetRequiredService<CharterRules>();
        foreach (var rule in rules.Flows.Where(r => r.Origin == FlowOrigin.Partner && r.Message != typeof(SubmitCdpNotification)))
        {
            MapOne.MakeGenericMethod(rule.Message).Invoke(null, [app, rule]);
        }

        return app;
    }

    /// <summary>The route of a message type: /v1/messages/six-month-status-reported for SixMonthStatusReported.</summary>
    public static string Route(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return Prefix + BrokerNames.Kebab(messageType.Name);
    }

    private static void MapMessage<T>(IEndpointRouteBuilder app, FlowRule rule)
        where T : class, IPartnerMessage
    {
        app.MapPost(Route(typeof(T)), SubmitAsync<T>)
            .AsPartnerSubmission<RouteHandlerBuilder, T>()
            .WithName(typeof(T).Name)
            .WithTags($"{rule.Flow}: {rule.Title}")
            .WithSummary($"{rule.Flow} (charter action {string.Join(", ", rule.Actions)}): {rule.Title}. Sent by {string.Join(", ", rule.Senders)}.")
            .WithDescription("Answers 202 once the hub's broker holds the message: with the dossier when the hub's receipt comes within a few seconds (status accepted), else status queued. The hub's refusal comes back as 422 with its code.")
            .Accepts<T>("application/json")
            .Produces<MessageReceipt>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SubmitAsync<T>(HttpContext http, IPartnerMessageSender sender, IOptions<GatewayOptions> options, ILogger<MessageReceipt> logger)
        where T : class, IPartnerMessage
    {
        var settings = options.Value;
        var (document, refusal) = await SingleJsonBody.ReadAsync(http, settings, $"Send one JSON object: a {typeof(T).Name}.");
        if (refusal is not null)
        {
            return refusal;
        }

        using var _ = document;
        if (GatewayJson.Read<T>(document!.RootElement, out var error) is not { } message)
        {
            return GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.ValidationFailed,
                $"The {typeof(T).Name} has invalid fields.", "Nothing was sent: see errors.", [new("errors", new[] { error })]);
        }

        // The members were checked before binding; the bound value is checked too, so what reaches the hub is the key's partner.
        var partner = ApiKeyFilter.Partner(http);
        if (message.Sender != partner)
        {
            return GatewayProblems.SenderMismatch(partner, "sender", message.Sender.Value);
        }

        if (Validation.ContractTextChecker.Validate(message) is { Count: > 0 } textErrors)
        {
            return GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.ValidationFailed,
                $"The {typeof(T).Name} has invalid fields.", $"{textErrors.Count} field(s) refused; nothing was sent: see errors.", [new("errors", textErrors)]);
        }

        MessageSubmission outcome;
        try
        {
            outcome = await sender.SendAsync(message, settings.ReceiptWait, http.RequestAborted);
        }
        catch (Exception failure) when (!http.RequestAborted.IsCancellationRequested)
        {
            GatewayLog.Unsent(logger, failure, typeof(T).Name, message.MessageId);
            return GatewayProblems.Unavailable("The broker did not confirm the message; send it again (same messageId: the hub keeps it once).");
        }

        if (outcome.Rejection is { } rejection)
        {
            return GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, rejection.Code, "The hub refused the message.", rejection.Reason,
                [new("errors", rejection.Errors), new("messageId", message.MessageId), new("rule", rejection.Rule)]);
        }

        return TypedResults.Accepted((string?)null, outcome.Receipt is { } receipt
            ? new MessageReceipt { Status = MessageReceipt.Accepted, MessageId = message.MessageId, DossierId = receipt.DossierId, Flow = receipt.Flow, Duplicate = receipt.Duplicate }
            : new MessageReceipt { Status = MessageReceipt.Queued, MessageId = message.MessageId });
    }
}
