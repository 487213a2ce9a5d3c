using System.Text.Json;
using Ccapex.Hub.Batches.Csv;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// POST /v1/cdp-notifications (one JSON notification) and POST /v1/cdp-notifications/batch (a JSON array, or a
/// CSV file as text/csv). Checks run cheapest first (rate, key, size, type, JSON, sender, duplicate members) and a refusal at any of
/// them sends nothing. In a batch each notification then stands alone: the valid ones are sent even when others
/// are refused, and the answer gives the outcome of each.
/// </summary>
public static class CdpEndpoints
{
    public static IEndpointRouteBuilder MapCdpEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/cdp-notifications")
            .AsPartnerSubmission<RouteGroupBuilder, SubmitCdpNotification>()
            .WithTags("CDP notifications (F1)");

        group.MapPost(string.Empty, SubmitOneAsync)
            .WithName("SubmitCdpNotification")
            .WithSummary("Notify one CDP (commandement de payer).")
            .WithDescription("Answers 202 once the hub's broker holds the notification: with the dossier id when the hub's receipt comes within a few seconds (status accepted), else status queued.")
            .Accepts<SubmitCdpNotification>("application/json")
            .Produces<CdpLineOutcome>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/batch", SubmitBatchAsync)
            .WithName("SubmitCdpNotificationBatch")
            .WithSummary("Notify several CDPs: a JSON array, or a CSV file (docs/cdp-batch-format.md) as text/csv.")
            .WithDescription("Each notification stands alone: the valid ones are sent even when others are refused. 202 when at least one was sent, with the outcome of each; 422 when none could be.")
            .Accepts<SubmitCdpNotification[]>("application/json", "text/csv")
            .Produces<CdpBatchReceipt>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<IResult> SubmitOneAsync(HttpContext http, CdpJsonReader reader, CdpBatchSubmitter submitter, IOptions<GatewayOptions> options)
    {
        var settings = options.Value;
        var (document, refusal) = await SingleJsonBody.ReadAsync(http, settings, "Send one JSON object; arrays go to /v1/cdp-notifications/batch.");
        if (refusal is not null)
        {
            return refusal;
        }

        using var _ = document;
        var outcome = (await submitter.SubmitAsync([reader.Read(document!.RootElement, null)], settings.ReceiptWait, http.RequestAborted))[0];
        return outcome.Status switch
        {
            CdpLineStatus.Invalid => GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.ValidationFailed,
                "The notification has invalid fields.", $"{outcome.Errors.Count} field(s) refused; nothing was sent.", [new("errors", outcome.Errors)]),
            CdpLineStatus.Rejected => GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, outcome.Code!,
                "The hub refused the notification.", outcome.Reason ?? outcome.Code!, [new("errors", outcome.Errors), new("messageId", outcome.MessageId)]),
            CdpLineStatus.Unsent => GatewayProblems.Unavailable(outcome.Reason!),
            _ => TypedResults.Accepted((string?)null, outcome),
        };
    }

    private static async Task<IResult> SubmitBatchAsync(
        HttpContext http, CdpJsonReader reader, CdpCsvReader csv, CdpBatchSubmitter submitter, IOptions<GatewayOptions> options)
    {
        var settings = options.Value;
        var isCsv = RequestBody.IsCsv(http.Request);
        if (!isCsv && !RequestBody.IsJson(http.Request))
        {
            return GatewayProblems.UnsupportedMediaType(http.Request.ContentType, "application/json (an array) or text/csv");
        }

        if (await RequestBody.ReadAsync(http.Request, settings.MaxBatchBodyBytes, http.RequestAborted) is not { } body)
        {
            return GatewayProblems.TooLarge(settings.MaxBatchBodyBytes);
        }

        List<CdpBatchLine> lines;
        if (isCsv)
        {
            var batch = csv.Read(body);
            if (batch.FileErrors.Count > 0)
            {
                return GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.BatchRefused,
                    "The CSV file was refused whole.", "Nothing was sent: see errors.", [new("errors", batch.FileErrors), new("encoding", batch.Encoding)]);
            }

            lines = [.. batch.Lines.Select(CdpBatchLine.From).Select(CheckText)];
        }
        else
        {
            using var document = GatewayJson.Parse(body, out var malformed);
            if (document is null || document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return GatewayProblems.MalformedJson(malformed ?? "Send a JSON array of notifications; a single one goes to /v1/cdp-notifications.");
            }

            var items = document.RootElement.EnumerateArray().ToList();
            if (Refusal(document.RootElement, items, settings.MaxBatchItems, ApiKeyFilter.Partner(http)) is { } refused)
            {
                return refused;
            }

            lines = RefuseRepeatedIds([.. items.Select((item, i) => reader.Read(item, i))]);
        }

        var receipt = CdpBatchReceipt.From(await submitter.SubmitAsync(lines, settings.ReceiptWait, http.RequestAborted));
        if (receipt.Results.Any(r => r.Sent))
        {
            return TypedResults.Accepted((string?)null, receipt);
        }

        return receipt.Unsent > 0
            ? GatewayProblems.Unavailable("The broker confirmed none of the notifications; send the batch again.")
            : GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.ValidationFailed,
                "No notification of the batch is valid.", "Nothing was sent: see the errors of each.", [new("results", receipt.Results)]);
    }

    /// <summary>Faults of the batch as a whole: empty, too many items, an item in another partner's name, a member twice.</summary>
    private static IResult? Refusal(JsonElement batch, List<JsonElement> items, int maxItems, PartnerCode partner)
    {
        if (items.Count == 0)
        {
            return GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.BatchEmpty, "The batch is empty.", "Send at least one notification.");
        }

        if (items.Count > maxItems)
        {
            return GatewayProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.BatchTooManyItems,
                "The batch has too many notifications.", $"{items.Count} notifications; at most {maxItems} per request.");
        }

        return BodyMembers.Refusal(batch, partner);
    }

    /// <summary>A CSV line the reader found valid still passes the text checks every contract has (control characters, lengths).</summary>
    private static CdpBatchLine CheckText(CdpBatchLine line) =>
        line.Message is { } message && Validation.ContractTextChecker.Validate(message) is { Count: > 0 } errors
            ? line with { Message = null, Errors = [.. line.Errors, .. errors] }
            : line;

    /// <summary>One message id twice in a batch: the hub would keep the first and drop the second without a word.</summary>
    private static List<CdpBatchLine> RefuseRepeatedIds(List<CdpBatchLine> lines)
    {
        var seen = new Dictionary<Guid, int?>();
        return [.. lines.Select(line => line.Message is { } message && !seen.TryAdd(message.MessageId, line.Index)
            ? line with
            {
                Message = null,
                Errors = [new FieldError { Field = "messageId", Code = ProblemCodes.MessageIdDuplicate, Message = $"Message id {message.MessageId} is already used by item {seen[message.MessageId]} of this batch." }],
            }
            : line)];
    }
}
