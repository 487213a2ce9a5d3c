using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>
/// Reads a JSON-lines event file (docs/prefecture-events.md) into contract messages. Each line stands alone: a
/// line that cannot be read gets a stable code and never stops the others. Ids derive from the file's content and
/// the line number, so the same file read again yields the same messages.
/// </summary>
public static class EventFileParser
{
    public const string DaloRisk = "dalo-risk";

    /// <summary>The kinds of stage lines and the procedure stage each reports.</summary>
    public static readonly IReadOnlyDictionary<string, ProcedureStage> Stages = new Dictionary<string, ProcedureStage>(StringComparer.Ordinal)
    {
        ["cql"] = ProcedureStage.CommandementDeQuitterLesLieux,
        ["cfp-request"] = ProcedureStage.CfpRequested,
        ["cfp-decision"] = ProcedureStage.CfpDecided,
        ["eviction"] = ProcedureStage.EvictionCarriedOut,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<PrefectureEventLine> Parse(ReadOnlySpan<byte> bytes, DateTimeOffset now)
    {
        var fileId = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var lines = new List<PrefectureEventLine>();
        var number = 0;
        while (bytes.Length > 0 || number == 0)
        {
            number++;
            var end = bytes.IndexOf((byte)'\n');
            var raw = end < 0 ? bytes : bytes[..end];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (raw.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).Length > 0)
            {
                lines.Add(ParseLine(raw, number, NameBasedId.Create($"prefecture-event:{fileId}:{number}"), now));
            }
        }

        return lines;
    }

    private static PrefectureEventLine ParseLine(ReadOnlySpan<byte> raw, int line, Guid messageId, DateTimeOffset now)
    {
        try
        {
            StrictUtf8.GetCharCount(raw);
        }
        catch (DecoderFallbackException invalid)
        {
            return PrefectureEventLine.Refused(line, EventErrorCodes.EncodingInvalid, $"The line is not UTF-8 (byte {invalid.Index} of the line cannot be read).");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(raw.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException invalid)
        {
            return PrefectureEventLine.Refused(line, EventErrorCodes.JsonInvalid, $"The line is not one JSON object: {invalid.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kindElement) || kindElement.ValueKind != JsonValueKind.String)
        {
            return PrefectureEventLine.Refused(line, EventErrorCodes.KindMissing, "The line has no \"kind\" string.");
        }

        var kind = kindElement.GetString()!;
        try
        {
            if (kind == DaloRisk)
            {
                return new PrefectureEventLine { Line = line, Message = ToRisk(root.Deserialize<DaloRiskEvent>(ContractJson.Options)!, messageId, now) };
            }

            if (Stages.TryGetValue(kind, out var stage))
            {
                return ToStage(root.Deserialize<StageEvent>(ContractJson.Options)!, stage, line, messageId, now);
            }
        }
        catch (JsonException invalid)
        {
            var path = invalid.Path is { Length: > 1 } p ? $" at {p}" : string.Empty;
            return PrefectureEventLine.Refused(line, EventErrorCodes.FieldInvalid, $"A {kind} event{path}: {invalid.Message}");
        }

        return PrefectureEventLine.Refused(line, EventErrorCodes.KindUnknown,
            $"Unknown kind '{kind}'; known kinds: {DaloRisk}, {string.Join(", ", Stages.Keys)}.");
    }

    private static ReportDaloCfpRisk ToRisk(DaloRiskEvent risk, Guid messageId, DateTimeOffset now) => new()
    {
        MessageId = messageId,
        SentAt = now,
        Sender = PartnerCode.PrefecturePolice,
        DossierId = risk.DossierId,
        CdpActReference = risk.CdpActReference,
        Household = risk.Household,
        DaloRecognisedOn = risk.DaloRecognisedOn,
        DaloDecisionReference = risk.DaloDecisionReference,
        CfpRequestedOn = risk.CfpRequestedOn,
        DecisionExpectedBy = risk.DecisionExpectedBy,
    };

    private static PrefectureEventLine ToStage(StageEvent stage, ProcedureStage kind, int line, Guid messageId, DateTimeOffset now)
    {
        if (stage.DossierId is null && string.IsNullOrWhiteSpace(stage.CdpActReference))
        {
            return PrefectureEventLine.Refused(line, EventErrorCodes.DossierMissing, "A stage names its dossier: give dossierId or cdpActReference.");
        }

        if (kind == ProcedureStage.CfpDecided && stage.CfpGranted is null)
        {
            return PrefectureEventLine.Refused(line, EventErrorCodes.CfpGrantedRequired, "A cfp-decision says whether the CFP was granted: give cfpGranted true or false.");
        }

        return new PrefectureEventLine
        {
            Line = line,
            Message = new ProcedureStageReached
            {
                MessageId = messageId,
                SentAt = now,
                Sender = PartnerCode.PrefecturePolice,
                DossierId = stage.DossierId,
                CdpActReference = stage.CdpActReference,
                Stage = kind,
                OccurredOn = stage.OccurredOn,
                CfpGranted = kind == ProcedureStage.CfpDecided ? stage.CfpGranted : null,
                EvictionNotBefore = kind == ProcedureStage.CfpDecided ? stage.EvictionNotBefore : null,
            },
        };
    }
}
