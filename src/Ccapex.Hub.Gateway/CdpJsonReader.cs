using System.Text.Json;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Reads CDP notifications from JSON with the contracts' rules (camelCase, required members, no numbers as
/// strings) and checks each with the hub's validator and the text checks of every contract. Each array item stands alone: a wrong type in one item
/// is that item's error, not the batch's.
/// </summary>
public sealed class CdpJsonReader(SubmitCdpNotificationValidator validator)
{
    public CdpBatchLine Read(JsonElement item, int? index)
    {
        var actReference = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("actReference", out var act) && act.ValueKind == JsonValueKind.String
            ? act.GetString()
            : null;
        var line = new CdpBatchLine { Index = index, ActReference = actReference };
        if (GatewayJson.Read<SubmitCdpNotification>(item, out var error) is not { } message)
        {
            return line with { Errors = [error] };
        }

        IReadOnlyList<FieldError> errors = [.. validator.Validate(message), .. ContractTextChecker.Validate(message)];
        return line with { ActReference = message.ActReference, Message = errors.Count == 0 ? message : null, Errors = errors };
    }
}
